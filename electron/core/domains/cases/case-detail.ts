import type { CaseStatus, Gender, RiskLevel } from '../../../../shared/domain/reference-lists';
import type { CaseDetail } from '../../../../shared/ipc/schemas/cases';
import type { Db } from '../../db/open';
import { consentStateOn } from '../consents/consent-state';
import { caseConsents } from '../consents/consents.repo';
import { readLinks, type CaseDbRow } from './cases.repo';

/**
 * The case page: intake, owners, consents, risk and status history, linked contacts. Logistics
 * and sensitive identifying data only; clinical text has its own channels and never comes here.
 */
export function caseDetail(db: Db, row: CaseDbRow, asOf: string): CaseDetail {
  const names = new Map<string, string>();
  const who = (id: string) => {
    if (!names.has(id))
      names.set(
        id,
        (db.prepare('SELECT display_name FROM account WHERE id = ?').pluck().get(id) as
          string | undefined) ?? '',
      );
    return { id, displayName: names.get(id)! };
  };
  const client = db
    .prepare(
      `SELECT c.id, c.name, a.name AS agency_name, c.category_code, c.gender, c.birth_year, c.is_manager
       FROM client c LEFT JOIN agency a ON a.id = c.agency_id WHERE c.id = ?`,
    )
    .get(row.client_id) as {
    id: string;
    name: string;
    agency_name: string | null;
    category_code: string | null;
    gender: Gender;
    birth_year: number | null;
    is_manager: number;
  };
  const agency = row.agency_id
    ? (db.prepare('SELECT id, name FROM agency WHERE id = ?').get(row.agency_id) as {
        id: string;
        name: string;
      })
    : null;
  const provider = row.provider_id
    ? (db.prepare('SELECT id, name FROM provider WHERE id = ?').get(row.provider_id) as {
        id: string;
        name: string;
      })
    : null;
  const consents = caseConsents(db, row.id);
  const risks = db
    .prepare(
      'SELECT id, level, assessed_on, assessed_by FROM case_risk WHERE case_id = ? ORDER BY created_at, rowid',
    )
    .all(row.id) as { id: string; level: RiskLevel; assessed_on: string; assessed_by: string }[];
  const statuses = db
    .prepare(
      'SELECT id, from_status, to_status, reason_code, summary, changed_on, changed_by FROM case_status_change WHERE case_id = ? ORDER BY created_at, rowid',
    )
    .all(row.id) as {
    id: string;
    from_status: CaseStatus | null;
    to_status: CaseStatus;
    reason_code: string | null;
    summary: string | null;
    changed_on: string;
    changed_by: string;
  }[];
  const contacts = db
    .prepare(
      `SELECT id, occurred_on AS occurredOn, channel_code AS channel, service_item_code AS serviceItem, minutes
       FROM contact WHERE case_id = ? ORDER BY occurred_on DESC, id DESC LIMIT 200`,
    )
    .all(row.id) as {
    id: string;
    occurredOn: string;
    channel: string;
    serviceItem: string;
    minutes: number | null;
  }[];
  return {
    id: row.id,
    caseNumber: row.case_number,
    status: row.status,
    client: {
      id: client.id,
      name: client.name,
      agencyName: client.agency_name,
      category: client.category_code,
      gender: client.gender,
      birthYear: client.birth_year,
      isManager: client.is_manager === 1,
    },
    agency,
    category: row.category_code,
    requestedOn: row.requested_on,
    channel: row.channel_code,
    source: row.source_code,
    voluntary: row.voluntary === 1,
    serviceItem: row.service_item_code,
    facets: readLinks(db, row.id, 'facets'),
    topics: readLinks(db, row.id, 'topics'),
    issues: readLinks(db, row.id, 'issues'),
    riskLevel: row.risk_level,
    firstRiskLevel: row.first_risk_level,
    presentingSummary: row.presenting_summary,
    deskOwner: who(row.desk_owner_id),
    counsellor: row.counsellor_id ? who(row.counsellor_id) : null,
    provider,
    nextFollowUp: row.next_follow_up,
    closedOn: row.closed_on,
    closingReason: row.closing_reason_code,
    closingSummary: row.closing_summary,
    consents: consents.map((c) => ({
      id: c.id,
      kind: c.kind,
      status: c.status,
      form: c.form,
      reference: c.reference,
      witness: c.witness,
      scope: c.scope,
      givenOn: c.given_on,
      expiresOn: c.expires_on,
      withdrawnOn: c.withdrawn_on,
      recordedBy: who(c.recorded_by),
      createdAt: c.created_at,
    })),
    consentState: consentStateOn(
      consents.map((c) => ({
        kind: c.kind,
        status: c.status,
        givenOn: c.given_on,
        expiresOn: c.expires_on,
        withdrawnOn: c.withdrawn_on,
      })),
      asOf,
    ),
    consentStateOn: asOf,
    riskHistory: risks.map((r) => ({
      id: r.id,
      level: r.level,
      assessedOn: r.assessed_on,
      assessedBy: who(r.assessed_by),
    })),
    statusHistory: statuses.map((s) => ({
      id: s.id,
      from: s.from_status,
      to: s.to_status,
      reason: s.reason_code,
      summary: s.summary,
      changedOn: s.changed_on,
      changedBy: who(s.changed_by),
    })),
    contacts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
