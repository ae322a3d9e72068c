import { describe, expect, it } from 'vitest';
import { navFor } from './nav';

const paths = (
  role: Parameters<typeof navFor>[0]['role'],
  clinicalAccess: Parameters<typeof navFor>[0]['clinicalAccess'] = 'none',
) => navFor({ role, clinicalAccess }).map((i) => i.to);

describe('navFor', () => {
  it('shows each role only the areas that exist for it', () => {
    expect(paths('admin')).toEqual(['/', '/accounts', '/audit', '/settings', '/about']);
    expect(paths('desk')).toEqual(['/']);
    expect(paths('statistics')).toEqual(['/']);
  });

  it('offers a counsellor the clinical key page only when there is something to do there', () => {
    expect(paths('counsellor', 'needsEscrow')).toEqual(['/', '/clinical']);
    expect(paths('counsellor', 'granted')).toEqual(['/', '/clinical']);
    expect(paths('counsellor', 'pending')).toEqual(['/']);
  });
});
