import type { Clock } from '../core/clock';
import { restoreBackup } from '../core/backup/restore';
import { parseCommand, str, UsageError } from './args';
import { println, secretReader, type CliIo } from './io';

export async function cmdRestore(
  argv: readonly string[],
  io: CliIo,
  clock: Clock,
): Promise<number> {
  const v = parseCommand(
    argv,
    {
      'data-dir': { type: 'string' },
      from: { type: 'string' },
      user: { type: 'string' },
      recovery: { type: 'boolean' },
    },
    ['data-dir', 'from'],
  );
  if ((v.user === undefined) === (v.recovery !== true))
    throw new UsageError('give either --user NAME or --recovery');
  const secrets = secretReader(io);
  const common = { dataDir: str(v['data-dir']), from: str(v.from), clock };
  const result = v.recovery
    ? await restoreBackup({ ...common, recoveryCode: await secrets.read('Recovery code') })
    : await restoreBackup({
        ...common,
        username: str(v.user),
        passphrase: await secrets.read('Passphrase'),
      });
  println(io.stdout, `Restored the backup made at ${result.backupCreatedAt}.`);
  if (result.replacedDir)
    println(io.stdout, `The files it replaced are kept in: ${result.replacedDir}`);
  return 0;
}
