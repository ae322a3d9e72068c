import Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, auditHead, hashEntry, type AuditRow } from './audit';
import { verifyAuditChain } from './audit-verify';

// Same DDL as migration 0010; an in-memory database is enough to exercise the chain logic.
const DDL = `CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, installation_id TEXT NOT NULL,
  actor_id TEXT, action TEXT NOT NULL, object_type TEXT, object_id TEXT, details TEXT NOT NULL DEFAULT '{}',
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL, enc_version INTEGER NOT NULL)`;

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.exec(DDL);
  for (let i = 0; i < 20; i++) {
    appendAudit(db, {
      at: 1_700_000_000_000 + i,
      installationId: 'inst-1',
      actorId: `acc-${i % 3}`,
      action: i % 2 ? 'case.open' : 'auth.login',
      objectType: 'case',
      objectId: `case-${i}`,
      details: { z: 1, a: 'b' },
    });
  }
});

describe('audit chain', () => {
  it('links entries and verifies clean', () => {
    const head = auditHead(db)!;
    expect(head.seq).toBe(20);
    const v = verifyAuditChain(db, { anchors: [{ seq: 20, hash: head.hash, source: 'keyfile' }] });
    expect(v).toMatchObject({ ok: true, checked: 20, problems: [] });
  });

  it('encodes details canonically (key order does not matter)', () => {
    const a = appendAudit(db, {
      at: 1,
      installationId: 'i',
      actorId: null,
      action: 'x',
      details: { b: 1, a: 2 },
    });
    db.prepare('DELETE FROM audit_log WHERE seq = ?').run(a.seq);
    const b = appendAudit(db, {
      at: 1,
      installationId: 'i',
      actorId: null,
      action: 'x',
      details: { a: 2, b: 1 },
    });
    expect(b.hash).toBe(a.hash);
  });

  it('detects an edited entry', () => {
    db.prepare("UPDATE audit_log SET actor_id = 'someone-else' WHERE seq = 7").run();
    const v = verifyAuditChain(db);
    expect(v.ok).toBe(false);
    expect(v.problems).toContainEqual({ kind: 'edited', seq: 7 });
  });

  it('detects an entry edited with its own hash recomputed (the next link breaks)', () => {
    const row = db.prepare('SELECT * FROM audit_log WHERE seq = 7').get() as AuditRow;
    const { hash: _old, ...rest } = { ...row, actor_id: 'someone-else' };
    db.prepare('UPDATE audit_log SET actor_id = ?, hash = ? WHERE seq = 7').run(
      'someone-else',
      hashEntry(rest),
    );
    const v = verifyAuditChain(db);
    expect(v.problems).toEqual([{ kind: 'edited', seq: 7 }]);
  });

  it('detects a deleted entry', () => {
    db.prepare('DELETE FROM audit_log WHERE seq = 11').run();
    const v = verifyAuditChain(db);
    expect(v.problems).toContainEqual({ kind: 'deleted', seq: 11 });
  });

  it('detects a truncated tail against an anchor', () => {
    const head = auditHead(db)!;
    db.prepare('DELETE FROM audit_log WHERE seq > 15').run();
    const v = verifyAuditChain(db, {
      anchors: [{ seq: head.seq, hash: head.hash, source: 'keyfile' }],
    });
    expect(v.problems).toEqual([{ kind: 'truncated', seq: 20, source: 'keyfile' }]);
  });

  it('detects a rewritten chain that no longer matches an anchor', () => {
    const anchor = { seq: 10, hash: auditHead(db)!.hash, source: 'backup' };
    const v = verifyAuditChain(db, { anchors: [anchor] });
    expect(v.problems).toEqual([{ kind: 'anchorMismatch', seq: 10, source: 'backup' }]);
  });

  it('verifies incrementally from a checkpoint', () => {
    const first = verifyAuditChain(db);
    appendAudit(db, { at: 5, installationId: 'i', actorId: null, action: 'auth.lock' });
    const next = verifyAuditChain(db, { from: first.head });
    expect(next).toMatchObject({ ok: true, checked: 1, head: { seq: 21 } });
  });
});
