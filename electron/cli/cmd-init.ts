import type { Clock } from '../core/clock';
import { FAST_TEST_KDF, PRODUCTION_KDF } from '../core/security/kdf';
import { findCityPreset } from '../../shared/domain/city-presets';
import { seedReferenceDefaults } from '../core/domains/reference/reference.service';
import { appendAudit } from '../core/security/audit';
import { initVault, openVault } from '../core/vault/vault';
import { parseCommand, str, UsageError } from './args';
import { println, secretReader, type CliIo } from './io';

export async function cmdInit(argv: readonly string[], io: CliIo, clock: Clock): Promise<number> {
  const v = parseCommand(
    argv,
    {
      'data-dir': { type: 'string' },
      admin: { type: 'string' },
      organisation: { type: 'string' },
      'city-preset': { type: 'string', default: 'keelung' },
      // Hidden, for tests only: a weak KDF that makes every slot cheap to attack.
      'kdf-fast-insecure-test-only': { type: 'boolean' },
    },
    ['data-dir', 'admin'],
  );
  const preset = findCityPreset(str(v['city-preset']));
  if (!preset) throw new UsageError(`unknown --city-preset: ${String(v['city-preset'])}`);
  const passphrase = await secretReader(io).read('Passphrase for the first administrator', {
    confirm: true,
  });
  const result = await initVault({
    dataDir: str(v['data-dir']),
    clock,
    admin: { username: str(v.admin), passphrase },
    ...(typeof v.organisation === 'string' ? { organisation: v.organisation } : {}),
    kdfParams: v['kdf-fast-insecure-test-only'] ? FAST_TEST_KDF : PRODUCTION_KDF,
  });
  println(io.stdout, 'Vault created.');
  println(io.stdout, `Database id: ${result.databaseId}`);
  println(io.stdout);
  println(
    io.stdout,
    'RECOVERY CODE (shown once; write it down or print it, keep it in the agency safe):',
  );
  println(io.stdout);
  println(io.stdout, `    ${result.recoveryCode}`);
  println(io.stdout);
  println(
    io.stdout,
    'It opens the database (not clinical notes) if every administrator passphrase is lost.',
  );
  println(io.stdout, 'Warning: terminal scrollback and logs may have captured it. Clear them.');
  // The starting reference lists (staff categories from the preset, facets, topics …), as the
  // setup wizard writes them, so a CLI-made vault is ready for intake. After the recovery code
  // is printed: a failure here must not hide the only copy of it.
  const vault = await openVault({
    dataDir: str(v['data-dir']),
    clock,
    username: str(v.admin),
    passphrase,
  });
  try {
    const db = vault.db!;
    db.transaction(() => {
      const added = seedReferenceDefaults(db, preset, clock.now(), vault.installationId);
      appendAudit(db, {
        at: clock.now(),
        installationId: vault.installationId,
        actorId: vault.account?.id ?? null,
        action: 'reference.seeded',
        details: { cityPreset: preset.id, items: added },
      });
    }).immediate();
  } finally {
    vault.close();
  }
  return 0;
}
