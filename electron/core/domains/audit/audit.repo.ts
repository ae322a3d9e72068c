import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditRow } from '../../security/audit';

export interface AuditQuery {
  readonly actorId?: string | undefined;
  readonly action?: string | undefined;
  readonly fromMs?: number | undefined;
  readonly toMs?: number | undefined;
  readonly before?: number | undefined;
  readonly limit: number;
}

/** Newest first, keyset-paged by sequence number; every filter is indexed (migration 0020). */
export function listAudit(db: Database.Database, q: AuditQuery): AuditRow[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (q.actorId !== undefined) {
    where.push('actor_id = ?');
    params.push(q.actorId);
  }
  if (q.action !== undefined) {
    where.push('action = ?');
    params.push(q.action);
  }
  if (q.fromMs !== undefined) {
    where.push('at >= ?');
    params.push(q.fromMs);
  }
  if (q.toMs !== undefined) {
    where.push('at < ?');
    params.push(q.toMs);
  }
  if (q.before !== undefined) {
    where.push('seq < ?');
    params.push(q.before);
  }
  const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
               ORDER BY seq DESC LIMIT ?`;
  return db.prepare(sql).all(...params, q.limit) as AuditRow[];
}
