import type { OrganisationSettings } from '../../../../shared/ipc/schemas/settings';
import { findCityPreset, type CityPreset } from '../../../../shared/domain/city-presets';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../session/session-manager';
import { readSettings, writeSetting } from './settings.repo';

/** Setting keys in the database. The city preset is copied in at setup, then edited here. */
const KEYS = {
  name: 'organisation.name',
  cityPreset: 'organisation.cityPreset',
  serviceModel: 'organisation.serviceModel',
  leaveType: 'organisation.leaveType',
  idleLockMinutes: 'security.idleLockMinutes',
  preset: 'preset.snapshot',
} as const;

/** A stored text setting; anything else (never written by this app) reads as empty. */
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export function getOrganisationSettings(db: Db): OrganisationSettings {
  const s = readSettings(db);
  const preset = findCityPreset(text(s.get(KEYS.cityPreset)));
  return {
    name: text(s.get(KEYS.name)),
    cityPreset: text(s.get(KEYS.cityPreset)),
    serviceModel: (s.get(KEYS.serviceModel) ??
      preset?.serviceModel ??
      'outsourced') as OrganisationSettings['serviceModel'],
    leaveType: (s.get(KEYS.leaveType) ??
      preset?.leaveType ??
      'leaveRules') as OrganisationSettings['leaveType'],
    idleLockMinutes: Number(s.get(KEYS.idleLockMinutes) ?? DEFAULT_IDLE_LOCK_MINUTES),
  };
}

/** Writes only the fields given; the caller wraps it in the action's transaction with its audit row. */
export function updateOrganisationSettings(
  db: Db,
  patch: { readonly [K in keyof OrganisationSettings]?: OrganisationSettings[K] | undefined },
  at: number,
  installationId: string,
): string[] {
  if (patch.cityPreset !== undefined && !findCityPreset(patch.cityPreset)) {
    throw new AppError('VALIDATION', {
      issues: [{ path: ['cityPreset'], key: 'validation.invalidValue' }],
    });
  }
  const changed: string[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    writeSetting(db, KEYS[field as keyof OrganisationSettings], value, at, installationId);
    changed.push(field);
  }
  return changed;
}

/** At setup: the preset's values become the organisation's own, editable afterwards. */
export function applyCityPreset(
  db: Db,
  name: string,
  preset: CityPreset,
  at: number,
  installationId: string,
): void {
  updateOrganisationSettings(
    db,
    {
      name,
      cityPreset: preset.id,
      serviceModel: preset.serviceModel,
      leaveType: preset.leaveType,
      idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
    },
    at,
    installationId,
  );
  writeSetting(db, KEYS.preset, preset, at, installationId);
}
