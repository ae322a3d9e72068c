// Child-process probe for core-without-electron.test.ts. Prints one JSON line.
const [dataDir = '', mode = 'core'] = process.argv.slice(2);

if (mode === 'control') {
  // Proves the hook is active: both ways of loading electron must fail.
  const { createRequire } = await import('node:module');
  const blocked = async (load: () => unknown): Promise<string> => {
    try {
      await load();
      return 'loaded';
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };
  const viaImport = await blocked(() => import('electron'));
  const viaRequire = await blocked(() => createRequire(import.meta.url)('electron'));
  process.stdout.write(JSON.stringify({ viaImport, viaRequire }));
} else {
  const { createAppCore } = await import('../../electron/core/app-core');
  const core = createAppCore({ dataDir });
  const info = await core.dispatch('app.info', {});
  const echo = await core.dispatch('app.echo', { text: '你好' });
  core.close();
  process.stdout.write(JSON.stringify({ info, echo }));
}
