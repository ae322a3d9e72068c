import { systemClock, type Clock } from '../core/clock';
import { isAppError } from '../core/errors';
import { USAGE, UsageError } from './args';
import { cmdBackup } from './cmd-backup';
import { cmdInit } from './cmd-init';
import { cmdRestore } from './cmd-restore';
import { cmdSeed } from './cmd-seed';
import { cmdVerify } from './cmd-verify';
import { println, type CliIo } from './io';
import { EXIT, EXIT_BY_CODE, formatMessage } from './messages';

type Command = (argv: readonly string[], io: CliIo, clock: Clock) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  init: cmdInit,
  verify: cmdVerify,
  backup: cmdBackup,
  restore: cmdRestore,
  seed: cmdSeed,
};

/** The CLI as a function: argv without the node/script part, returns the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  opts: { clock?: Clock } = {},
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    println(io.stderr, `Unknown command: ${name}`);
    io.stderr.write(USAGE);
    return EXIT.usage;
  }
  try {
    return await command(rest, io, opts.clock ?? systemClock);
  } catch (e) {
    if (e instanceof UsageError) {
      println(io.stderr, `Error: ${e.message}`);
      io.stderr.write(USAGE);
      return EXIT.usage;
    }
    if (isAppError(e)) {
      println(io.stderr, `Error: ${formatMessage(e.key, e.params)}`);
      for (const issue of e.issues ?? [])
        println(io.stderr, `  ${issue.path.join('.')}: ${formatMessage(issue.key, issue.params)}`);
      return EXIT_BY_CODE[e.code] ?? EXIT.internal;
    }
    // No stack trace by default: it could quote paths or data. EAP_DEBUG=1 shows it.
    println(
      io.stderr,
      `Error: ${e instanceof Error && e.message === 'The two entries differ.' ? e.message : 'unexpected failure.'}`,
    );
    if (process.env['EAP_DEBUG'] === '1')
      println(io.stderr, String(e instanceof Error ? e.stack : e));
    return EXIT.internal;
  }
}
