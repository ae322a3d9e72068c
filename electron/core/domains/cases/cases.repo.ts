import { randomUUID } from 'node:crypto';
import type { CaseStatus, RiskLevel } from '../../../../shared/domain/reference-lists';
import type { Db } from '../../db/open';

export interface CaseDbRow {
  readonly id: string;
  readonly case_number: string;
  readonly client_id: string;
  readonly agency_id: string | null;
  readonly category_code: string | null;
  readonly requested_on: string;
  readonly channel_code: string;
  readonly source_code: string;
  readonly voluntary: number;
  readonly service_item_code: string | null;
  readonly first_risk_level: RiskLevel;
  readonly risk_level: RiskLevel;
  readonly status: CaseStatus;
  readonly presenting_summary: string;
  readonly desk_owner_id: string;
  readonly counsellor_id: string | null;
  readonly provider_id: string | null;
  readonly next_follow_up: string | null;
  readonly closed_on: string | null;
  readonly closing_reason_code: string | null;
  readonly closing_summary: string | null;
  readonly created_at: number;
  readonly updated_at: number;
}

export function getCaseRow(db: Db, id: string): CaseDbRow | undefined {
  return db.prepare('SELECT * FROM case_file WHERE id = ?').get(id) as CaseDbRow | undefined;
}

/** The intake columns cases.create writes and cases.update may change. */
export interface CaseIntakeValues {
  readonly requestedOn: string;
  readonly channel: string;
  readonly source: string;
  readonly voluntary: boolean;
  readonly serviceItem: string | null;
  readonly riskLevel: RiskLevel;
  readonly presentingSummary: string;
  readonly deskOwnerId: string;
  readonly counsellorId: string | null;
  readonly providerId: string | null;
  readonly nextFollowUp: string | null;
}

export function insertCase(
  db: Db,
  v: CaseIntakeValues & {
    caseNumber: string;
    clientId: string;
    agencyId: string | null;
    category: string | null;
  },
  at: number,
  installationId: string,
): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO case_file (id, case_number, client_id, agency_id, category_code, requested_on, channel_code, source_code, voluntary,
       service_item_code, first_risk_level, risk_level, status, presenting_summary, desk_owner_id, counsellor_id, provider_id,
       next_follow_up, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'intake', ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    v.caseNumber,
    v.clientId,
    v.agencyId,
    v.category,
    v.requestedOn,
    v.channel,
    v.source,
    v.voluntary ? 1 : 0,
    v.serviceItem,
    v.riskLevel,
    v.riskLevel,
    v.presentingSummary,
    v.deskOwnerId,
    v.counsellorId,
    v.providerId,
    v.nextFollowUp,
    at,
    at,
    installationId,
  );
  return id;
}

export function updateCaseIntake(
  db: Db,
  id: string,
  v: CaseIntakeValues,
  at: number,
  installationId: string,
): void {
  db.prepare(
    `UPDATE case_file SET requested_on = ?, channel_code = ?, source_code = ?, voluntary = ?, service_item_code = ?, risk_level = ?,
       presenting_summary = ?, desk_owner_id = ?, counsellor_id = ?, provider_id = ?, next_follow_up = ?, updated_at = ?, installation_id = ?
     WHERE id = ?`,
  ).run(
    v.requestedOn,
    v.channel,
    v.source,
    v.voluntary ? 1 : 0,
    v.serviceItem,
    v.riskLevel,
    v.presentingSummary,
    v.deskOwnerId,
    v.counsellorId,
    v.providerId,
    v.nextFollowUp,
    at,
    installationId,
    id,
  );
}

export const LINK_TABLES = {
  facets: 'case_facet',
  topics: 'case_topic',
  issues: 'case_issue',
} as const;
export type LinkKind = keyof typeof LINK_TABLES;

export function replaceLinks(
  db: Db,
  caseId: string,
  kind: LinkKind,
  codes: readonly string[],
): void {
  const table = LINK_TABLES[kind];
  db.prepare(`DELETE FROM ${table} WHERE case_id = ?`).run(caseId);
  const insert = db.prepare(`INSERT INTO ${table} (case_id, code) VALUES (?, ?)`);
  for (const code of codes) insert.run(caseId, code);
}

export function readLinks(db: Db, caseId: string, kind: LinkKind): string[] {
  return db
    .prepare(`SELECT code FROM ${LINK_TABLES[kind]} WHERE case_id = ? ORDER BY code`)
    .pluck()
    .all(caseId) as string[];
}

export function insertRisk(
  db: Db,
  caseId: string,
  level: RiskLevel,
  on: string,
  by: string,
  at: number,
  installationId: string,
): void {
  db.prepare(
    'INSERT INTO case_risk (id, case_id, level, assessed_on, assessed_by, created_at, installation_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(randomUUID(), caseId, level, on, by, at, installationId);
}

export function insertStatusChange(
  db: Db,
  c: {
    caseId: string;
    from: CaseStatus | null;
    to: CaseStatus;
    reason: string | null;
    summary: string | null;
    on: string;
    by: string;
  },
  at: number,
  installationId: string,
): void {
  db.prepare(
    `INSERT INTO case_status_change (id, case_id, from_status, to_status, reason_code, summary, changed_on, changed_by, created_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(randomUUID(), c.caseId, c.from, c.to, c.reason, c.summary, c.on, c.by, at, installationId);
}

export function setCaseStatus(
  db: Db,
  id: string,
  s: { status: CaseStatus; closedOn: string | null; reason: string | null; summary: string | null },
  at: number,
  installationId: string,
): void {
  db.prepare(
    'UPDATE case_file SET status = ?, closed_on = ?, closing_reason_code = ?, closing_summary = ?, updated_at = ?, installation_id = ? WHERE id = ?',
  ).run(s.status, s.closedOn, s.reason, s.summary, at, installationId, id);
}

export function lastStatusChangeOn(db: Db, caseId: string): string | null {
  return (
    (db
      .prepare('SELECT MAX(changed_on) FROM case_status_change WHERE case_id = ?')
      .pluck()
      .get(caseId) as string | null) ?? null
  );
}
