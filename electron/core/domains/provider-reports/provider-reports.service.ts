import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  providerImportOutput,
  providerReportInput,
  providerReportRow,
  providerReportsListInput,
} from '../../../../shared/ipc/schemas/quota';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import type { CallContext } from '../../ipc/context';
import { phoneDigits, segmentForSearch } from '../../search/fold';
import { officeDate } from '../appointments/office-time';
import { requireCase } from '../cases/cases.service';
import { insertClient } from '../clients/clients.repo';
import { personKey } from '../clients/person-key';
import { readSessionSettings } from '../quota/quota-settings';
import { Issues, type Action } from '../reference/action';
import { checkNotFuture, checkProvider } from '../reference/checks';
import type { ImportPlan } from './provider-import';

/**
 * Hours a contracted provider reports (no clinical content: the record stays with the provider).
 * They count towards the person's quota (a client may go to the provider directly) and make up
 * the provider's invoice lines.
 */
interface Report {
  readonly providerId: string;
  readonly clientId: string | null;
  readonly caseId: string | null;
  readonly date: string;
  readonly minutes: number;
  readonly reference: string | null;
  readonly period: string | null;
  readonly needsReview: boolean;
}

function insertReport(a: Action, r: Report): string {
  const id = randomUUID();
  a.db
    .prepare(
      `INSERT INTO provider_report (id, provider_id, client_id, case_id, local_date, minutes, provider_reference, period, needs_review, recorded_by, created_at, installation_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      r.providerId,
      r.clientId,
      r.caseId,
      r.date,
      r.minutes,
      r.reference,
      r.period,
      r.needsReview ? 1 : 0,
      a.actorId,
      a.at,
      a.installationId,
    );
  return id;
}

export function recordReport(
  ctx: CallContext,
  a: Action,
  input: z.output<typeof providerReportInput>,
): { id: string } {
  const issues = new Issues();
  checkProvider(a.db, issues, 'providerId', input.providerId);
  checkNotFuture(issues, 'date', input.date, officeDate(a.at, readSessionSettings(a.db).timeZone));
  if (input.clientId && !a.db.prepare('SELECT 1 FROM client WHERE id = ?').get(input.clientId))
    issues.add(['clientId'], 'validation.unknownClient');
  issues.throwIfAny();
  const kase = input.caseId ? requireCase(ctx, a.db, input.caseId) : null;
  if (kase && input.clientId && personKey(a.db, input.clientId) !== personKey(a.db, kase.client_id))
    throw new AppError('VALIDATION', {
      issues: [{ path: ['clientId'], key: 'validation.clientMismatch' }],
    });
  const id = insertReport(a, {
    providerId: input.providerId,
    clientId: input.clientId ?? kase?.client_id ?? null,
    caseId: kase?.id ?? null,
    date: input.date,
    minutes: Math.round(input.hours * 60),
    reference: input.providerReference || null,
    period: null,
    needsReview: false,
  });
  a.audit(
    'providerReport.recorded',
    { type: 'providerReport', id },
    { providerId: input.providerId },
  );
  return { id };
}

export function listReports(
  db: Db,
  q: z.output<typeof providerReportsListInput>,
): z.output<typeof providerReportRow>[] {
  // One provider: a range of that provider's index; every provider: a range of the date index.
  const who = q.providerId ? [q.providerId] : [];
  const rows = db
    .prepare(
      `SELECT r.id, r.provider_id, p.name AS provider_name, r.client_id, c.name AS client_name, r.case_id, r.local_date, r.minutes,
              r.provider_reference, r.period, r.needs_review
       FROM provider_report r JOIN provider p ON p.id = r.provider_id LEFT JOIN client c ON c.id = r.client_id
       WHERE ${who.length > 0 ? 'r.provider_id = ? AND ' : ''}r.local_date BETWEEN ? AND ?
       ORDER BY r.local_date, r.id LIMIT 2000`,
    )
    .all(...who, q.from, q.to) as {
    id: string;
    provider_id: string;
    provider_name: string;
    client_id: string | null;
    client_name: string | null;
    case_id: string | null;
    local_date: string;
    minutes: number;
    provider_reference: string | null;
    period: string | null;
    needs_review: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    provider: { id: r.provider_id, name: r.provider_name },
    client: r.client_id ? { id: r.client_id, name: r.client_name ?? '' } : null,
    caseId: r.case_id,
    date: r.local_date,
    hours: r.minutes / 60,
    providerReference: r.provider_reference,
    period: r.period,
    needsReview: r.needs_review === 1,
  }));
}

const MAX_LISTED = 200;

export function importReport(
  plan: ImportPlan,
  dryRun: boolean,
  written: boolean,
): z.output<typeof providerImportOutput> {
  const ok = plan.errors.length === 0;
  const errors = [...plan.errors].sort((x, y) => x.line - y.line);
  return {
    dryRun,
    written,
    rows: plan.rows,
    totalHours: ok ? plan.reports.reduce((n, r) => n + r.minutes, 0) / 60 : 0,
    matches: ok
      ? plan.reports.slice(0, 5000).map((r) => ({ line: r.line, clientId: r.clientId, how: r.how }))
      : [],
    errors: errors
      .slice(0, MAX_LISTED)
      .map((e) =>
        e.params
          ? { line: e.line, key: e.key, params: { ...e.params } }
          : { line: e.line, key: e.key },
      ),
    errorCount: errors.length,
  };
}

/** Runs inside the import's transaction, after a clean plan: new people first, then the hours. */
export function applyImport(a: Action, providerId: string, period: string, plan: ImportPlan): void {
  const ids = new Map<string, string>();
  for (const [key, c] of plan.newClients) {
    ids.set(
      key,
      insertClient(
        a.db,
        {
          name: c.name,
          nameSearch: segmentForSearch(c.name),
          agencyId: c.agencyId,
          category: c.category,
          gender: 'U',
          birthYear: null,
          isManager: false,
          phone: c.phone,
          phoneDigits: phoneDigits(c.phone),
          email: null,
          specialGroups: [],
        },
        a.at,
        a.installationId,
      ),
    );
  }
  for (const r of plan.reports) {
    insertReport(a, {
      providerId,
      clientId: r.clientId ?? ids.get(r.newKey ?? '') ?? null,
      caseId: null,
      date: r.date,
      minutes: r.minutes,
      reference: r.reference,
      period,
      // Someone the office has not met (went to the provider directly): the desk checks them.
      needsReview: r.how === 'new',
    });
  }
  a.audit(
    'providerReport.imported',
    { type: 'provider', id: providerId },
    { rows: plan.reports.length, newClients: plan.newClients.size },
  );
}
