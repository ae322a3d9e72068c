import type { FieldIssue, MessageParams } from '../../../../shared/ipc/envelope';
import type { Db } from '../../db/open';
import type { CoreDeps } from '../../deps';
import { AppError } from '../../errors';
import type { AuditDetails } from '../../security/audit';
import { officeToday } from '../case-list/office-today';

/**
 * One user action = one immediate transaction holding the change AND its audit row, so a
 * crash or a refusal half-way leaves neither (ARCHITECTURE.md §3). Shared by the reference,
 * agency, provider, client, contact, case and consent services.
 */
export interface Action {
  readonly db: Db;
  readonly at: number;
  readonly installationId: string;
  readonly actorId: string;
  /** The office's calendar day at `at`, in the office's time zone (never the PC's). */
  readonly today: string;
  /** Ids and counts only: never names or free text (SECURITY.md §5). */
  audit(action: string, object: { type: string; id: string } | null, details?: AuditDetails): void;
}

export function runAction<T>(deps: CoreDeps, changed: readonly string[], fn: (a: Action) => T): T {
  const db = deps.sessions.requireDb();
  const vault = deps.sessions.requireVault();
  const at = deps.clock.now();
  const action: Action = {
    db,
    at,
    installationId: vault.installationId,
    actorId: deps.sessions.actorId(),
    today: officeToday(db, at),
    audit: (name, object, details) => deps.sessions.audit(name, object, details),
  };
  const result = db.transaction(() => fn(action)).immediate();
  if (changed.length > 0) deps.changed(...changed);
  return result;
}

/** Collects field issues from several checks, so a form learns about every field at once. */
export class Issues {
  private readonly list: FieldIssue[] = [];

  add(path: readonly (string | number)[], key: string, params?: MessageParams): void {
    this.list.push(params ? { path, key, params } : { path, key });
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new AppError('VALIDATION', { issues: [...this.list] });
  }
}

/** Absent → unchanged, null → cleared: how the update channels read optional fields. */
export const given = <T>(v: T | undefined): v is T => v !== undefined;
