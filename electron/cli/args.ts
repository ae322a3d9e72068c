import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Thrown for bad command lines; the runner prints usage and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict parsing: unknown flags and stray positionals are errors, required flags are checked. */
export function parseCommand<O extends Options>(
  argv: readonly string[],
  options: O,
  required: readonly (keyof O & string)[],
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const values = parsed.values as Record<string, unknown>;
  for (const name of required) {
    if (values[name] === undefined) throw new UsageError(`--${name} is required`);
  }
  return parsed.values;
}

export const str = (v: unknown): string => {
  if (typeof v !== 'string' || v.length === 0) throw new UsageError('missing value');
  return v;
};

export const USAGE = `Usage: npm run cli -- <command> [options]

  init     --data-dir DIR --admin NAME [--organisation TEXT]
           Creates a new vault. The passphrase is read from standard input when it is
           not a terminal, otherwise asked twice without echo. Prints the recovery code once.
  verify   --data-dir DIR --user NAME
           Opens the vault, checks integrity, the key file binding and the audit chain.
  backup   --data-dir DIR --user NAME --to FOLDER
           Writes an encrypted backup bundle into FOLDER.
  restore  --data-dir DIR --from BUNDLE (--user NAME | --recovery)
           Verifies the bundle, keeps the current files aside, puts the backup in place.
           With --recovery the recovery code is read instead of a passphrase.
  seed     --data-dir DIR --user NAME --cases N [--seed N] [--desk N] [--counsellors N] [--force]
           Adds realistic synthetic data (agencies, staff accounts, clients, ten years of
           cases, contacts) for demos and benchmarks. Administrators only; refuses a database
           that already has cases unless --force. Prints counts, never names.
`;
