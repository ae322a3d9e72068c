import type { Clock } from '../core/clock';
import { integrityCheck, tableCounts, userVersion } from '../core/db/open';
import { verifyAuditChain } from '../core/security/audit-verify';
import { openVault } from '../core/vault/vault';
import { parseCommand, str } from './args';
import { println, secretReader, type CliIo } from './io';
import { EXIT, formatMessage } from './messages';

/**
 * Opens the vault (which already checks the key file's salt and MAC binding), then runs a full
 * integrity_check and recomputes the audit chain against the key file's anchor. Prints counts and
 * ids only, never names.
 */
export async function cmdVerify(argv: readonly string[], io: CliIo, clock: Clock): Promise<number> {
  const v = parseCommand(argv, { 'data-dir': { type: 'string' }, user: { type: 'string' } }, [
    'data-dir',
    'user',
  ]);
  const passphrase = await secretReader(io).read('Passphrase');
  const vault = await openVault({
    dataDir: str(v['data-dir']),
    clock,
    username: str(v.user),
    passphrase,
  });
  const out = (s: string) => println(io.stdout, s);
  try {
    const kf = vault.keyFile();
    out(`Database id:      ${vault.databaseId}`);
    out(`Installation id:  ${vault.installationId}`);
    out(
      `Key versions:     dbk ${kf.keyVersions.dbk}, cnk ${kf.keyVersions.cnk}, sk ${kf.keyVersions.sk}`,
    );
    out(
      `Accounts:         ${kf.accounts.filter((a) => a.status === 'active').length} active, ${kf.accounts.filter((a) => a.status === 'disabled').length} disabled`,
    );
    out('Key file binding: ok');
    if (vault.damage) {
      println(io.stderr, formatMessage(vault.damage.key));
      return EXIT.damaged;
    }
    const statsProblems = integrityCheck(vault.statsDb);
    out(`Statistics store: ${statsProblems.length === 0 ? 'ok' : 'DAMAGED'}`);
    const db = vault.db;
    if (!db) {
      if (statsProblems.length > 0) vault.distrustFiles();
      return statsProblems.length === 0 ? EXIT.ok : EXIT.damaged;
    }
    const problems = integrityCheck(db);
    out(`Schema version:   ${userVersion(db)}`);
    out(
      `Integrity:        ${problems.length === 0 ? 'ok' : `DAMAGED (${problems.length} problems)`}`,
    );
    const counts = tableCounts(db);
    out(
      `Tables:           ${Object.keys(counts).length}, rows ${Object.values(counts).reduce((a, b) => a + b, 0)}`,
    );
    const anchor = kf.auditAnchor;
    const audit = verifyAuditChain(db, {
      anchors: anchor ? [{ seq: anchor.seq, hash: anchor.hash, source: 'keyfile' }] : [],
    });
    out(
      `Audit chain:      ${audit.ok ? 'ok' : 'PROBLEMS'} (${audit.checked} entries, head ${audit.head?.seq ?? 0})`,
    );
    for (const p of audit.problems)
      println(
        io.stderr,
        `Audit problem: ${p.kind} at entry ${p.seq}${p.source ? ` (${p.source})` : ''}`,
      );
    if (problems.length > 0 || statsProblems.length > 0) {
      vault.distrustFiles();
      return EXIT.damaged;
    }
    vault.noteFullCheck(clock.now());
    return audit.ok ? EXIT.ok : EXIT.auditProblem;
  } finally {
    vault.close();
  }
}
