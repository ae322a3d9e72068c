import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeKit, type IntakeKit } from '../cases/intake-kit';
import { describePlan, explainAll, fullScans, recordQueries } from '../sessions/plan-kit';
import { searchClients } from './client-search';

/**
 * clients.search finds its rows through an index, never a full scan of client (issue #6): the
 * FTS5 name index, the trigram phone index or the e-mail index, then the picked rows by rowid.
 */
let t: IntakeKit;
beforeAll(async () => {
  t = await createIntakeKit();
  for (const name of ['測試陳志明', '測試臺英', '測試台生'])
    await t.newClient({ name, phone: '(02) 2422-0295', email: 'plan.test@example.gov.tw' });
});
afterAll(() => t.kit.dispose());

const CASES: readonly (readonly [string, RegExp])[] = [
  ['陳', /SCAN client_name_fts VIRTUAL TABLE INDEX/],
  ['陳志', /SCAN client_name_fts VIRTUAL TABLE INDEX/],
  ['陳志明', /SCAN client_name_fts VIRTUAL TABLE INDEX/],
  ['台', /SCAN client_name_fts VIRTUAL TABLE INDEX/],
  ['wang', /SCAN client_name_fts VIRTUAL TABLE INDEX/],
  ['0295', /SCAN client_phone_fts VIRTUAL TABLE INDEX/],
  ['(02) 2422-0295', /SCAN client_phone_fts VIRTUAL TABLE INDEX/],
  ['037-123456', /SCAN client_phone_fts VIRTUAL TABLE INDEX/],
  ['plan.test@', /SEARCH x USING (COVERING )?INDEX client_email \(email>\? AND email<\?\)/],
];

describe('clients.search query plans', () => {
  it('use the full-text or e-mail index for every kind of search, and read only the rows picked', async () => {
    await t.withDb((db) => {
      for (const [q, index] of CASES) {
        const { result, ran } = recordQueries(db, (r) => searchClients(r, q, 20));
        expect(ran, q).toHaveLength(1);
        const [e] = explainAll(db, ran);
        const label = `${q}: ${describePlan(e!)}`;
        expect(fullScans(db, e!), label).toEqual([]);
        expect(
          e!.plan.some((l) => index.test(l)),
          label,
        ).toBe(true);
        expect(
          e!.plan.some((l) => /^SCAN (c|x)\b/.test(l)),
          label,
        ).toBe(false);
        expect(e!.plan.join(' | '), label).toMatch(
          /SEARCH c USING INTEGER PRIMARY KEY \(rowid=\?\)/,
        );
        expect(Array.isArray(result), label).toBe(true);
      }
      // The fixtures are found through those plans (台/臺 folded; digits in any formatting).
      expect(searchClients(db, '台', 20).map((c) => c.name)).toEqual(['測試台生', '測試臺英']);
      expect(searchClients(db, '(02) 2422-0295', 20)).toHaveLength(3);
    });
  });
});
