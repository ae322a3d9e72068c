import { describe, expect, it } from 'vitest';
import { navFor } from './nav';

const paths = (
  role: Parameters<typeof navFor>[0]['role'],
  clinicalAccess: Parameters<typeof navFor>[0]['clinicalAccess'] = 'none',
) => navFor({ role, clinicalAccess }).map((i) => i.to);

describe('navFor', () => {
  it('shows each role only the areas that exist for it', () => {
    expect(paths('admin')).toEqual([
      '/',
      '/cases',
      '/accounts',
      '/audit',
      '/settings',
      '/admin/reference',
      '/admin/agencies',
      '/admin/providers',
      '/admin/quota',
      '/about',
    ]);
    expect(paths('desk')).toEqual([
      '/',
      '/cases',
      '/contacts/new',
      '/clients',
      '/cases/new',
      '/appointments',
      '/provider-reports',
      '/reports/hours',
    ]);
    expect(paths('statistics')).toEqual(['/']);
  });

  it('offers a counsellor the clinical key page only when there is something to do there', () => {
    const work = [
      '/contacts/new',
      '/clients',
      '/cases/new',
      '/appointments',
      '/provider-reports',
      '/reports/hours',
    ];
    expect(paths('counsellor', 'needsEscrow')).toEqual(['/', '/cases', '/clinical', ...work]);
    expect(paths('counsellor', 'granted')).toEqual(['/', '/cases', '/clinical', ...work]);
    expect(paths('counsellor', 'pending')).toEqual(['/', '/cases', ...work]);
  });
});
