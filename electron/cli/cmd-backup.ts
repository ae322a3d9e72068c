import type { Clock } from '../core/clock';
import { createBackup } from '../core/backup/create';
import { openVault } from '../core/vault/vault';
import { parseCommand, str } from './args';
import { println, secretReader, type CliIo } from './io';

export async function cmdBackup(argv: readonly string[], io: CliIo, clock: Clock): Promise<number> {
  const v = parseCommand(
    argv,
    { 'data-dir': { type: 'string' }, user: { type: 'string' }, to: { type: 'string' } },
    ['data-dir', 'user', 'to'],
  );
  const passphrase = await secretReader(io).read('Passphrase');
  const vault = await openVault({
    dataDir: str(v['data-dir']),
    clock,
    username: str(v.user),
    passphrase,
  });
  try {
    const started = performance.now();
    const { bundlePath, manifest } = createBackup({ vault, toDir: str(v.to), clock });
    const rows = Object.values(manifest.rowCounts).reduce((a, b) => a + b, 0);
    println(io.stdout, `Backup written: ${bundlePath}`);
    println(
      io.stdout,
      `Schema ${manifest.schemaVersion}, ${rows} rows, audit head ${manifest.auditHead?.seq ?? 0}, ${Math.round(performance.now() - started)} ms`,
    );
    return 0;
  } finally {
    vault.close();
  }
}
