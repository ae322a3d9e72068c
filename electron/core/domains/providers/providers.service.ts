import type { z } from 'zod';
import type {
  provider,
  providerCounsellorCreateInput,
  providerCounsellorUpdateInput,
  providerCreateInput,
  providerUpdateInput,
} from '../../../../shared/ipc/schemas/reference';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { given, Issues, type Action } from '../reference/action';
import { checkAccount } from '../reference/checks';
import {
  getCounsellor,
  getProvider,
  insertCounsellor,
  insertProvider,
  listCounsellorRows,
  listProviderRows,
  updateCounsellor,
  updateProvider,
} from './providers.repo';

/**
 * Providers are reference data (DOMAIN.md "Service model"): the contracted organisation (張老師,
 * clinics) or the internal counselling room. Their counsellors may or may not have an account.
 */
export function listProviders(db: Db, includeInactive: boolean): z.output<typeof provider>[] {
  const counsellors = listCounsellorRows(db, includeInactive);
  return listProviderRows(db, includeInactive).map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    phone: p.phone,
    hourlyRate: p.hourly_rate,
    active: p.active === 1,
    counsellors: counsellors
      .filter((c) => c.provider_id === p.id)
      .map((c) => ({ id: c.id, name: c.name, accountId: c.account_id, active: c.active === 1 })),
  }));
}

const emptyToNull = (v: string | null | undefined): string | null => (v ? v : null);

export function createProvider(
  a: Action,
  input: z.output<typeof providerCreateInput>,
): { id: string } {
  const id = insertProvider(
    a.db,
    {
      name: input.name,
      kind: input.kind,
      phone: emptyToNull(input.phone),
      hourlyRate: input.hourlyRate ?? null,
      active: true,
    },
    a.at,
    a.installationId,
  );
  a.audit('provider.created', { type: 'provider', id });
  return { id };
}

export function updateProviderAction(a: Action, input: z.output<typeof providerUpdateInput>): void {
  const row = getProvider(a.db, input.id);
  if (!row) throw new AppError('NOT_FOUND');
  const active = input.active ?? row.active === 1;
  updateProvider(
    a.db,
    row.id,
    {
      name: input.name ?? row.name,
      kind: input.kind ?? row.kind,
      phone: given(input.phone) ? emptyToNull(input.phone) : row.phone,
      hourlyRate: given(input.hourlyRate) ? input.hourlyRate : row.hourly_rate,
      active,
    },
    a.at,
    a.installationId,
  );
  a.audit(
    active === (row.active === 1)
      ? 'provider.updated'
      : active
        ? 'provider.reactivated'
        : 'provider.deactivated',
    { type: 'provider', id: row.id },
  );
}

export function addCounsellor(
  a: Action,
  input: z.output<typeof providerCounsellorCreateInput>,
): { id: string } {
  if (!getProvider(a.db, input.providerId)) throw new AppError('NOT_FOUND');
  const issues = new Issues();
  checkAccount(a.db, issues, 'accountId', input.accountId, ['counsellor']);
  issues.throwIfAny();
  const id = insertCounsellor(
    a.db,
    { providerId: input.providerId, name: input.name, accountId: input.accountId ?? null },
    a.at,
    a.installationId,
  );
  a.audit(
    'provider.counsellorAdded',
    { type: 'providerCounsellor', id },
    { providerId: input.providerId },
  );
  return { id };
}

export function updateCounsellorAction(
  a: Action,
  input: z.output<typeof providerCounsellorUpdateInput>,
): void {
  const row = getCounsellor(a.db, input.id);
  if (!row) throw new AppError('NOT_FOUND');
  const issues = new Issues();
  if (given(input.accountId))
    checkAccount(a.db, issues, 'accountId', input.accountId, ['counsellor']);
  issues.throwIfAny();
  updateCounsellor(
    a.db,
    row.id,
    {
      name: input.name ?? row.name,
      accountId: given(input.accountId) ? input.accountId : row.account_id,
      active: input.active ?? row.active === 1,
    },
    a.at,
    a.installationId,
  );
  a.audit('provider.counsellorUpdated', { type: 'providerCounsellor', id: row.id });
}
