import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeKit, testName, type IntakeKit } from '../cases/intake-kit';
import { personKey, personsServed } from './person-key';

let t: IntakeKit;
beforeAll(async () => {
  t = await createIntakeKit();
});
afterAll(() => t.kit.dispose());

type Summary = { id: string; name: string; agencyName: string | null; openCases: number };
type Candidates = { candidates: { client: Summary; reasons: string[] }[] };
const search = async (q: string) =>
  (await t.kit.ok<{ clients: Summary[] }>('clients.search', { q })).clients;
const dupes = async (input: Record<string, unknown>) =>
  (await t.kit.ok<Candidates>('clients.duplicates', input)).candidates;

describe('client search', () => {
  it('finds a name by one or two characters, folding 台/臺 and full-width forms', async () => {
    const name = `台${testName(1)}`;
    const id = await t.newClient({ name });
    expect((await search(name.slice(0, 1))).map((c) => c.id)).toContain(id);
    expect((await search(`臺${name.slice(1, 2)}`)).map((c) => c.id)).toContain(id);
    expect((await search(name.slice(1, 3))).map((c) => c.id)).toContain(id);
    // Characters of the name in another order are another name.
    expect((await search(`${name.slice(2, 3)}${name.slice(1, 2)}`)).map((c) => c.id)).not.toContain(
      id,
    );
    const latin = await t.newClient({ name: 'Chen Test' });
    expect((await search('ｃｈｅｎ')).map((c) => c.id)).toContain(latin);
  });

  it('finds phone digits whatever the formatting, and an e-mail address', async () => {
    const id = await t.newClient({
      phone: '(02) 2422-0001 #12',
      email: 'Test.Person@Example.gov.tw',
    });
    expect((await search('0224220001')).map((c) => c.id)).toContain(id);
    expect((await search('2422-0001')).map((c) => c.id)).toContain(id);
    expect((await search('test.person@example')).map((c) => c.id)).toContain(id);
    expect(
      (await t.kit.ok<{ client: { email: string } }>('clients.get', { id })).client.email,
    ).toBe('test.person@example.gov.tw');
  });
});

describe('duplicates and merge', () => {
  it('warns about the same folded name at the same agency, the same phone in another format, and the same e-mail', async () => {
    const name = `臺${testName(2)}`;
    const a = await t.newClient({ name, agencyId: t.agencyId });
    const b = await t.newClient({ name: testName(3), phone: '02-2422-0295' });
    const c = await t.newClient({ name: testName(3), email: 'dup.check@example.gov.tw' });
    expect(
      (await dupes({ name: name.replace('臺', '台'), agencyId: t.agencyId })).map((x) => [
        x.client.id,
        x.reasons,
      ]),
    ).toEqual([[a, ['nameAgency']]]);
    expect(await dupes({ name, agencyId: t.otherAgencyId })).toEqual([]);
    expect(
      (await dupes({ name: testName(3), phone: '(02)24220295' })).map((x) => [
        x.client.id,
        x.reasons,
      ]),
    ).toEqual([[b, ['phone']]]);
    expect(
      (await dupes({ name: testName(3), email: ' DUP.check@example.gov.tw ' })).map((x) => [
        x.client.id,
        x.reasons,
      ]),
    ).toEqual([[c, ['email']]]);
    expect(await dupes({ name, agencyId: t.agencyId, excludeId: a })).toEqual([]);
    const both = await dupes({ name, agencyId: t.agencyId, phone: '0224220295' });
    expect(both.map((x) => x.client.id).sort()).toEqual([a, b].sort());
  });

  it('merges two records of one person: cases and contacts move, the merged one leaves search, persons served count once', async () => {
    const name = testName(3);
    const keep = await t.newClient({ name, agencyId: t.agencyId, phone: '0912-000-111' });
    const merge = await t.newClient({ name, agencyId: t.agencyId });
    const caseA = (await t.kit.ok<{ id: string }>('cases.create', t.intake(keep))).id;
    const caseB = (await t.kit.ok<{ id: string }>('cases.create', t.intake(merge))).id;
    const contact = (
      await t.kit.ok<{ id: string }>('contacts.create', {
        occurredOn: '2025-03-05',
        channel: 'phone',
        serviceItem: 'counselling',
        clientId: merge,
      })
    ).id;
    const before = await t.withDb((db) => ({
      served: personsServed(db, '2025-03-04', '2025-03-05'),
    }));
    expect(before.served).toBe(2);

    expect(await t.kit.call('clients.merge', { keepId: keep, mergeId: keep })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.mergeInvalid' },
    });
    await t.kit.ok('clients.merge', { keepId: keep, mergeId: merge });
    expect(await t.kit.call('clients.merge', { keepId: keep, mergeId: merge })).toMatchObject({
      ok: false,
      error: { key: 'errors.mergeInvalid' },
    });

    expect((await search(name)).map((c) => c.id)).toEqual([keep]);
    expect((await dupes({ name, agencyId: t.agencyId })).map((x) => x.client.id)).toEqual([keep]);
    const kept = (
      await t.kit.ok<{ client: { cases: { id: string }[]; openCases: number } }>('clients.get', {
        id: keep,
      })
    ).client;
    expect(kept.cases.map((x) => x.id).sort()).toEqual([caseA, caseB].sort());
    expect(kept.openCases).toBe(2);
    expect(
      (await t.kit.ok<{ client: { mergedInto: string } }>('clients.get', { id: merge })).client
        .mergedInto,
    ).toBe(keep);
    expect(
      (await t.kit.ok<{ contact: { clientId: string } }>('contacts.get', { id: contact })).contact
        .clientId,
    ).toBe(keep);
    expect(await t.kit.call('clients.update', { id: merge, isManager: true })).toMatchObject({
      ok: false,
      error: { key: 'errors.clientMerged' },
    });
    expect(await t.kit.call('cases.create', t.intake(merge))).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['clientId'], key: 'validation.clientMerged' }] },
    });

    const after = await t.withDb((db) => ({
      served: personsServed(db, '2025-03-04', '2025-03-05'),
      distinct: db
        .prepare(
          `SELECT COUNT(DISTINCT c.id) FROM client c WHERE c.merged_into IS NULL AND c.id IN (SELECT client_id FROM case_file WHERE requested_on BETWEEN ? AND ?
             UNION SELECT client_id FROM contact WHERE occurred_on BETWEEN ? AND ?)`,
        )
        .pluck()
        .get('2025-03-04', '2025-03-05', '2025-03-04', '2025-03-05'),
      key: personKey(db, merge),
    }));
    expect(after).toEqual({ served: 1, distinct: 1, key: keep });

    // A chain: the kept record is merged in turn; both earlier records resolve to the last one.
    const third = await t.newClient({ name, agencyId: t.agencyId });
    await t.kit.ok('clients.merge', { keepId: third, mergeId: keep });
    expect(
      await t.withDb((db) => [
        personKey(db, merge),
        personKey(db, keep),
        personsServed(db, '2025-03-04', '2025-03-05'),
      ]),
    ).toEqual([third, third, 1]);
    await t.loginAs('admin');
    const audit = await t.kit.ok<{
      entries: { objectId: string; details: Record<string, unknown> }[];
    }>('audit.list', { action: 'client.merged' });
    expect(audit.entries.find((e) => e.objectId === keep)?.details).toEqual({
      mergedId: merge,
      cases: 1,
      contacts: 1,
    });
    expect(JSON.stringify(audit.entries)).not.toContain(name);
    await t.loginAs('desk');
  });
});
