import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import type { AuditDetailValue } from '../../security/audit';
import { verifyAuditChain, type AuditAnchor } from '../../security/audit-verify';
import { listAudit } from './audit.repo';

/** Local calendar dates from the filter become [start, end) in epoch ms. */
const dayStart = (iso: string): number => new Date(`${iso}T00:00:00`).getTime();
const DAY = 86_400_000;

export const auditHandlers = (deps: CoreDeps) =>
  ({
    'audit.list': (_ctx, input) => {
      const db = deps.sessions.requireDb();
      const rows = listAudit(db, {
        actorId: input.actorId,
        action: input.action,
        fromMs: input.from ? dayStart(input.from) : undefined,
        toMs: input.to ? dayStart(input.to) + DAY : undefined,
        before: input.before,
        // One more than asked: only then is there surely a next page.
        limit: input.limit + 1,
      });
      const more = rows.length > input.limit;
      if (more) rows.pop();
      return {
        entries: rows.map((r) => ({
          seq: r.seq,
          at: r.at,
          actorId: r.actor_id,
          action: r.action,
          objectType: r.object_type,
          objectId: r.object_id,
          details: JSON.parse(r.details) as Record<string, AuditDetailValue>,
        })),
        nextBefore: more ? (rows[rows.length - 1]?.seq ?? null) : null,
      };
    },
    'audit.verify': () => {
      const vault = deps.sessions.requireVault();
      const anchor = vault.keyFile().auditAnchor;
      const anchors: AuditAnchor[] = anchor
        ? [{ seq: anchor.seq, hash: anchor.hash, source: 'keyfile' }]
        : [];
      const result = verifyAuditChain(deps.sessions.requireDb(), { anchors });
      deps.sessions.audit('audit.verified', null, { ok: result.ok, checked: result.checked });
      return {
        ok: result.ok,
        checked: result.checked,
        head: result.head,
        problems: [...result.problems],
      };
    },
  }) satisfies Pick<Handlers, 'audit.list' | 'audit.verify'>;
