import type { RoundingMode } from '../../../../shared/domain/sessions';
import type { MessageKey } from '../../../../shared/i18n/index';
import type { quotaRulesOutput } from '../../../../shared/ipc/schemas/quota';
import type { z } from 'zod';
import type { UnitChoice } from './rules-form';

export const ROUNDING_KEYS: Readonly<Record<RoundingMode, MessageKey>> = {
  up: 'quota.rounding.up',
  nearest: 'quota.rounding.nearest',
};

export const UNIT_KEYS: Readonly<Record<UnitChoice, MessageKey>> = {
  '0.25': 'quota.admin.unit.quarter',
  '0.5': 'quota.admin.unit.half',
  '1': 'quota.admin.unit.hour',
};

type Source = z.output<typeof quotaRulesOutput>['source'];

/** Where the shown rules come from, and what saving will do about it. */
export const SOURCE_TEXT: Readonly<Record<Source, { label: MessageKey; help: MessageKey }>> = {
  year: { label: 'quota.source.year', help: 'quota.admin.sourceHelp.year' },
  earlierYear: { label: 'quota.source.earlierYear', help: 'quota.admin.sourceHelp.earlierYear' },
  preset: { label: 'quota.source.preset', help: 'quota.admin.sourceHelp.preset' },
};
