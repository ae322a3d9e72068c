import { assertSupportedNode } from '../core/node-guard';

/**
 * CLI entry (`npm run cli -- …`). The Node version is checked before the database driver is
 * loaded: on Node 20 the driver crashes with SIGSEGV instead of failing clearly.
 */
try {
  assertSupportedNode();
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}

const { runCli } = await import('./run');
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
