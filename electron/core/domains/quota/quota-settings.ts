import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { findCityPreset, type CityPreset } from '../../../../shared/domain/city-presets';
import {
  DEFAULT_OFFICE_TIME_ZONE,
  DEFAULT_WORKING_HOURS,
  type RoundingMode,
} from '../../../../shared/domain/sessions';
import type {
  QuotaRule,
  quotaRulesOutput,
  sessionSettings,
  sessionSettingsUpdateInput,
} from '../../../../shared/ipc/schemas/quota';
import type { Db } from '../../db/open';
import { readSettings, writeSetting } from '../settings/settings.repo';
import { isValidTimeZone } from '../appointments/office-time';
import { Issues, type Action } from '../reference/action';
import { isActiveCode } from '../reference/checks';

/**
 * Session and quota settings. The city preset copied in at setup ('preset.snapshot') gives the
 * defaults; the administrator's changes are stored under their own keys, so the preset stays a
 * record of where the office started.
 */
export type SessionSettings = z.output<typeof sessionSettings>;
const KEYS = {
  timeZone: 'sessions.timeZone',
  lateCancellationCounts: 'sessions.lateCancellationCounts',
  noShowCounts: 'sessions.noShowCounts',
  cancelByCalendarDayBefore: 'sessions.cancelByCalendarDayBefore',
  workingHoursStart: 'sessions.workingHoursStart',
  workingHoursEnd: 'sessions.workingHoursEnd',
} as const;

function presetOf(s: Map<string, unknown>): CityPreset | undefined {
  const snap = s.get('preset.snapshot');
  if (snap && typeof snap === 'object' && Array.isArray((snap as { quota?: unknown }).quota))
    return snap as CityPreset;
  const id = s.get('organisation.cityPreset');
  return typeof id === 'string' ? findCityPreset(id) : undefined;
}

export function readSessionSettings(db: Db): SessionSettings {
  const s = readSettings(db);
  const p = presetOf(s);
  const bool = (key: string, fallback: boolean) =>
    typeof s.get(key) === 'boolean' ? (s.get(key) as boolean) : fallback;
  const text = (key: string, fallback: string) =>
    typeof s.get(key) === 'string' ? (s.get(key) as string) : fallback;
  return {
    timeZone: text(KEYS.timeZone, DEFAULT_OFFICE_TIME_ZONE),
    lateCancellationCounts: bool(KEYS.lateCancellationCounts, p?.lateCancellationCounts ?? true),
    noShowCounts: bool(KEYS.noShowCounts, p?.noShowCounts ?? true),
    cancelByCalendarDayBefore: bool(
      KEYS.cancelByCalendarDayBefore,
      p?.cancelByCalendarDayBefore ?? true,
    ),
    workingHoursStart: text(KEYS.workingHoursStart, DEFAULT_WORKING_HOURS.start),
    workingHoursEnd: text(KEYS.workingHoursEnd, DEFAULT_WORKING_HOURS.end),
  };
}

export function updateSessionSettings(
  a: Action,
  patch: z.output<typeof sessionSettingsUpdateInput>,
): void {
  const issues = new Issues();
  if (patch.timeZone !== undefined && !isValidTimeZone(patch.timeZone))
    issues.add(['timeZone'], 'validation.timeZone');
  const current = readSessionSettings(a.db);
  const start = patch.workingHoursStart ?? current.workingHoursStart;
  const end = patch.workingHoursEnd ?? current.workingHoursEnd;
  if (end <= start) issues.add(['workingHoursEnd'], 'validation.timeOrder');
  issues.throwIfAny();
  const fields: string[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    writeSetting(a.db, KEYS[field as keyof typeof KEYS], value, a.at, a.installationId);
    fields.push(field);
  }
  a.audit('sessions.settingsUpdated', null, { fields: fields.join(',') });
}

// ---- rules per plan year -------------------------------------------------------------------

/** A rule as core counts it: minutes. */
export interface RuleMinutes {
  readonly categories: readonly string[];
  readonly baseMinutes: number;
  readonly extensionMinutes: number;
  readonly unitMinutes: number;
  readonly rounding: RoundingMode;
}

interface RuleDbRow {
  readonly plan_year: number;
  readonly categories: string;
  readonly base_minutes: number;
  readonly extension_minutes: number;
  readonly unit_minutes: number;
  readonly rounding: RoundingMode;
}

export type RulesSource = z.output<typeof quotaRulesOutput>['source'];

export function rulesForYear(db: Db, year: number): { source: RulesSource; rules: RuleMinutes[] } {
  const rows = db
    .prepare(
      `SELECT plan_year, categories, base_minutes, extension_minutes, unit_minutes, rounding FROM quota_rule
       WHERE plan_year = (SELECT MAX(plan_year) FROM quota_rule WHERE plan_year <= ?) ORDER BY sort_order`,
    )
    .all(year) as RuleDbRow[];
  if (rows.length > 0) {
    return {
      source: rows[0]!.plan_year === year ? 'year' : 'earlierYear',
      rules: rows.map((r) => ({
        categories: JSON.parse(r.categories) as string[],
        baseMinutes: r.base_minutes,
        extensionMinutes: r.extension_minutes,
        unitMinutes: r.unit_minutes,
        rounding: r.rounding,
      })),
    };
  }
  const preset = presetOf(readSettings(db));
  const unitMinutes = Math.round((preset?.countingUnitHours ?? 0.5) * 60);
  return {
    source: 'preset',
    rules: (preset?.quota ?? [{ categories: [], baseHours: 0, extensionHours: 0 }]).map((q) => ({
      categories: [...q.categories],
      baseMinutes: Math.round(q.baseHours * 60),
      extensionMinutes: Math.round(q.extensionHours * 60),
      unitMinutes,
      rounding: 'up' as const,
    })),
  };
}

/** The rule naming the category, else the catch-all one (no categories), else nothing subsidised. */
export function ruleFor(rules: readonly RuleMinutes[], category: string | null): RuleMinutes {
  return (
    (category ? rules.find((r) => r.categories.includes(category)) : undefined) ??
    rules.find((r) => r.categories.length === 0) ?? {
      categories: [],
      baseMinutes: 0,
      extensionMinutes: 0,
      unitMinutes: 30,
      rounding: 'up',
    }
  );
}

export const toRule = (r: RuleMinutes): QuotaRule => ({
  categories: [...r.categories],
  baseHours: r.baseMinutes / 60,
  extensionHours: r.extensionMinutes / 60,
  unitHours: (r.unitMinutes / 60) as QuotaRule['unitHours'],
  rounding: r.rounding,
});

export function setRules(a: Action, year: number, rules: readonly QuotaRule[]): void {
  const issues = new Issues();
  const seen = new Set<string>();
  let catchAll = 0;
  rules.forEach((r, i) => {
    if (r.categories.length === 0 && ++catchAll > 1)
      issues.add(['rules', i, 'categories'], 'validation.categoryTwice');
    for (const [j, c] of r.categories.entries()) {
      if (!isActiveCode(a.db, 'staffCategory', c))
        issues.add(['rules', i, 'categories', j], 'validation.unknownCode');
      if (seen.has(c)) issues.add(['rules', i, 'categories'], 'validation.categoryTwice');
      seen.add(c);
    }
    for (const f of ['baseHours', 'extensionHours'] as const)
      if (!Number.isInteger(r[f] / r.unitHours))
        issues.add(['rules', i, f], 'validation.unitSteps');
  });
  issues.throwIfAny();
  a.db.prepare('DELETE FROM quota_rule WHERE plan_year = ?').run(year);
  const insert = a.db.prepare(
    `INSERT INTO quota_rule (id, plan_year, categories, base_minutes, extension_minutes, unit_minutes, rounding, sort_order, created_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  rules.forEach((r, i) =>
    insert.run(
      randomUUID(),
      year,
      JSON.stringify([...new Set(r.categories)]),
      Math.round(r.baseHours * 60),
      Math.round(r.extensionHours * 60),
      Math.round(r.unitHours * 60),
      r.rounding,
      i,
      a.at,
      a.installationId,
    ),
  );
  a.audit('quota.rulesSet', null, { year, rules: rules.length });
}
