import { describe, expect, it } from 'vitest';
import type { AccountRow } from '../../../../shared/ipc/schemas/accounts';
import { sortRows } from '../../ui/SortableTable';
import { readDate } from '../../ui/DateField';
import { auditInput, NO_FILTERS } from '../audit/audit.queries';
import { detailsText } from '../audit/audit-words';
import { summariseAccounts } from './account-status';

const row = (over: Partial<AccountRow>): AccountRow => ({
  id: crypto.randomUUID(),
  username: 'u',
  displayName: '甲',
  role: 'desk',
  clinicalSupervisor: false,
  status: 'active',
  mustChangePassphrase: false,
  clinicalAccess: 'none',
  lockedUntil: null,
  ...over,
});

describe('accounts summary', () => {
  it('counts what needs the administrator', () => {
    expect(
      summariseAccounts([
        row({ mustChangePassphrase: true }),
        row({ lockedUntil: 1 }),
        row({ role: 'counsellor', clinicalAccess: 'pending' }),
        row({ status: 'disabled', lockedUntil: 1 }),
      ]),
    ).toEqual({ active: 3, disabled: 1, locked: 1, mustChange: 1, pendingClinical: 1 });
  });
});

describe('sortRows', () => {
  it('sorts Chinese names and numbers, both ways, without touching the input', () => {
    const rows = [
      { n: '乙', v: 10 },
      { n: '甲', v: 2 },
      { n: 'Amy', v: 1 },
    ];
    expect(sortRows(rows, (r) => r.v, 'ascending').map((r) => r.v)).toEqual([1, 2, 10]);
    expect(sortRows(rows, (r) => r.v, 'descending').map((r) => r.v)).toEqual([10, 2, 1]);
    expect(sortRows(rows, undefined, 'ascending')).toEqual(rows);
    expect(rows[0]!.n).toBe('乙');
  });
});

describe('date field reading', () => {
  it('accepts ROC and Gregorian, refuses impossible dates, and lets optional fields be empty', () => {
    expect(readDate('114/03/05').iso).toBe('2025-03-05');
    expect(readDate('2025-03-05').iso).toBe('2025-03-05');
    expect(readDate('114/02/30').failure).toBe('calendar');
    expect(readDate('')).toEqual({ text: '', iso: null, failure: null });
    expect(readDate('', true).failure).toBe('empty');
  });
});

describe('audit list input', () => {
  it('sends only the filters that are set, and the keyset cursor', () => {
    expect(auditInput(NO_FILTERS, undefined)).toEqual({ limit: 50 });
    expect(
      auditInput({ actorId: 'a', action: ' auth.login ', from: '2025-03-01', to: null }, 120),
    ).toEqual({
      limit: 50,
      actorId: 'a',
      action: 'auth.login',
      from: '2025-03-01',
      before: 120,
    });
  });

  it('shows details as key=value', () => {
    expect(detailsText({ reason: 'idle', ok: true, n: null })).toBe('reason=idle · ok=true · n=—');
  });
});
