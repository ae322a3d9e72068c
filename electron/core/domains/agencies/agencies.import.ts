import type { z } from 'zod';
import type { AgencyKind } from '../../../../shared/domain/reference-lists';
import type { agencyImportOutput } from '../../../../shared/ipc/schemas/agencies';
import type { Db } from '../../db/open';
import type { Action } from '../reference/action';
import {
  allAgencies,
  insertAgency,
  updateAgency,
  upsertHeadcount,
  type AgencyDbRow,
} from './agencies.repo';
import { planImport, type ImportPlan, type LineError, type PlannedAgency } from './import-plan';

type Report = z.output<typeof agencyImportOutput>;
const MAX_LISTED_ERRORS = 200;

interface Resolved {
  readonly planned: PlannedAgency;
  readonly existing: AgencyDbRow | undefined;
  readonly parentCode: string | null;
  readonly kind: AgencyKind;
  readonly changed: boolean;
}

/** Parents may be in the file (in any order) or already in the database; no cycles. */
function resolve(
  plan: ImportPlan,
  rows: readonly AgencyDbRow[],
): { resolved: Resolved[]; errors: LineError[] } {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const codeOfId = new Map(rows.map((r) => [r.id, r.code]));
  const errors: LineError[] = [];
  const resolved: Resolved[] = [];
  const parentCodeOf = new Map<string, string | null>();
  for (const r of rows)
    parentCodeOf.set(r.code, r.parent_id ? (codeOfId.get(r.parent_id) ?? null) : null);
  for (const p of plan.agencies.values()) {
    const existing = byCode.get(p.code);
    const current = existing ? (parentCodeOf.get(p.code) ?? null) : null;
    const parentCode =
      p.parentCode === undefined ? current : p.parentCode === '' ? null : p.parentCode;
    if (parentCode !== null && !plan.codes.has(parentCode) && !byCode.has(parentCode)) {
      errors.push({
        line: p.line,
        key: 'validation.csv.parentUnknown',
        params: { parent: parentCode },
      });
    }
    parentCodeOf.set(p.code, parentCode);
    const kind = p.kind ?? existing?.kind ?? 'agency';
    const changed =
      !existing || existing.name !== p.name || existing.kind !== kind || current !== parentCode;
    resolved.push({ planned: p, existing, parentCode, kind, changed });
  }
  for (const r of resolved) {
    const seen = new Set<string>([r.planned.code]);
    for (
      let c: string | null | undefined = r.parentCode;
      c !== null && c !== undefined;
      c = parentCodeOf.get(c)
    ) {
      if (seen.has(c)) {
        errors.push({ line: r.planned.line, key: 'validation.csv.cycle' });
        break;
      }
      seen.add(c);
    }
  }
  return { resolved, errors };
}

/** Validates the whole file; writes only when asked and only when every line is right. */
export function previewImport(
  db: Db,
  text: string,
): { plan: ImportPlan; resolved: Resolved[]; errors: LineError[] } {
  const plan = planImport(db, text);
  if (plan.fatal) return { plan, resolved: [], errors: plan.errors };
  const { resolved, errors } = resolve(plan, allAgencies(db));
  return { plan, resolved, errors: [...plan.errors, ...errors].sort((x, y) => x.line - y.line) };
}

export function report(
  preview: ReturnType<typeof previewImport>,
  dryRun: boolean,
  written: boolean,
): Report {
  const ok = preview.errors.length === 0;
  return {
    dryRun,
    written,
    rows: preview.plan.rows,
    agenciesCreated: ok ? preview.resolved.filter((r) => !r.existing).length : 0,
    agenciesUpdated: ok ? preview.resolved.filter((r) => r.existing && r.changed).length : 0,
    headcountsSet: ok ? preview.plan.headcounts.length : 0,
    errors: preview.errors
      .slice(0, MAX_LISTED_ERRORS)
      .map((e) =>
        e.params
          ? { line: e.line, key: e.key, params: { ...e.params } }
          : { line: e.line, key: e.key },
      ),
    errorCount: preview.errors.length,
  };
}

/** Runs inside the import's transaction: new agencies first (so parents exist), then links and figures. */
export function applyImport(a: Action, preview: ReturnType<typeof previewImport>): void {
  const ids = new Map(allAgencies(a.db).map((r) => [r.code, r.id]));
  // New agencies keep the file's order among their siblings; existing ones keep theirs.
  for (const r of preview.resolved) {
    if (r.existing) continue;
    const values = {
      code: r.planned.code,
      name: r.planned.name,
      parentId: null,
      kind: r.kind,
      sortOrder: r.planned.line * 10,
      active: true,
    };
    ids.set(r.planned.code, insertAgency(a.db, values, a.at, a.installationId));
  }
  for (const r of preview.resolved) {
    if (r.existing && !r.changed) continue;
    const parentId = r.parentCode === null ? null : (ids.get(r.parentCode) ?? null);
    const sortOrder = r.existing ? r.existing.sort_order : r.planned.line * 10;
    const active = r.existing ? r.existing.active === 1 : true;
    updateAgency(
      a.db,
      ids.get(r.planned.code)!,
      { code: r.planned.code, name: r.planned.name, parentId, kind: r.kind, sortOrder, active },
      a.at,
      a.installationId,
    );
  }
  for (const h of preview.plan.headcounts)
    upsertHeadcount(
      a.db,
      ids.get(h.code)!,
      h.year,
      h.category,
      h.headcount,
      a.at,
      a.installationId,
    );
  const counts = report(preview, false, true);
  a.audit('agency.imported', null, {
    created: counts.agenciesCreated,
    updated: counts.agenciesUpdated,
    headcounts: counts.headcountsSet,
  });
}
