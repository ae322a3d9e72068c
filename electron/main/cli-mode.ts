/** `EAP Desk --cli …`: the same core without a window (ARCHITECTURE.md §1). */
export const CLI_FLAG = '--cli';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export type RunCli = (argv: readonly string[], io: CliIo) => Promise<number>;

/** The arguments after `--cli`, or null when this start is not a CLI run. */
export function cliArgs(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_FLAG);
  return at === -1 ? null : argv.slice(at + 1);
}

export const CLI_UNAVAILABLE =
  'EAP Desk：此版本未包含命令列工具。\nEAP Desk: this build does not include the command-line tools.';

/**
 * Runs the CLI and resolves to the process exit code. `loadCli` resolves to null while the CLI
 * is not part of the build. Errors print a one-line message (no stack: it could carry paths).
 */
export async function runCliMode(
  args: readonly string[],
  loadCli: () => Promise<RunCli | null>,
  io: CliIo,
): Promise<number> {
  try {
    const runCli = await loadCli();
    if (!runCli) {
      io.stderr(`${CLI_UNAVAILABLE}\n`);
      return 64;
    }
    return await runCli(args, io);
  } catch (error) {
    io.stderr(`EAP Desk CLI: ${error instanceof Error ? error.message : 'failed'}\n`);
    return 1;
  }
}
