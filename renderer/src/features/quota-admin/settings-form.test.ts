import { describe, expect, it } from 'vitest';
import { sessionSettingsUpdateInput } from '../../../../shared/ipc/schemas/quota';
import { settingsForm, toSettingsInput } from './settings-form';

const base = {
  timeZone: 'Asia/Taipei',
  lateCancellationCounts: true,
  noShowCounts: false,
  cancelByCalendarDayBefore: true,
  workingHoursStart: '8:30',
  workingHoursEnd: '1730',
};

describe('session settings form', () => {
  it('reads times the way people type them and sends the contract', () => {
    const r = settingsForm.safeParse(base);
    expect(r.success).toBe(true);
    if (!r.success) return;
    const input = toSettingsInput(r.data);
    expect(input).toMatchObject({
      workingHoursStart: '08:30',
      workingHoursEnd: '17:30',
      noShowCounts: false,
    });
    expect(sessionSettingsUpdateInput.safeParse(input).success).toBe(true);
  });

  it('refuses an impossible time and an end before the start, beside the field', () => {
    const bad = settingsForm.safeParse({ ...base, workingHoursStart: '25:00' });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['workingHoursStart', 'validation.time'],
    ]);
    const order = settingsForm.safeParse({
      ...base,
      workingHoursStart: '18:00',
      workingHoursEnd: '09:00',
    });
    expect(order.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['workingHoursEnd', 'validation.timeOrder'],
    ]);
    const zone = settingsForm.safeParse({ ...base, timeZone: '  ' });
    expect(zone.error?.issues[0]?.message).toBe('validation.required');
  });
});
