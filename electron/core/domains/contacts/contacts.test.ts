import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeKit, type IntakeKit } from '../cases/intake-kit';

let t: IntakeKit;
beforeAll(async () => {
  t = await createIntakeKit();
});
afterAll(() => t.kit.dispose());

type Contact = {
  id: string;
  occurredOn: string;
  clientId: string | null;
  caseId: string | null;
  caseNumber: string | null;
  agencyId: string | null;
  category: string | null;
  gender: string;
  isManager: boolean | null;
  recordedBy: { id: string };
};
type Page = { contacts: Contact[]; next: { occurredOn: string; id: string } | null };
type CaseDetail = {
  case: {
    client: { id: string };
    requestedOn: string;
    channel: string;
    facets: string[];
    serviceItem: string | null;
    contacts: { id: string }[];
    consentState: { service: string };
  };
};
const contact = (extra: Record<string, unknown> = {}) =>
  t.kit.ok<{ id: string }>('contacts.create', {
    occurredOn: '2025-03-05',
    channel: 'phone',
    serviceItem: 'counselling',
    ...extra,
  });

describe('contacts', () => {
  it('records an anonymous contact in a few fields, and takes the unset facts from a linked client', async () => {
    const anon = await contact({ facet: 'life', minutes: 15, note: '寄送法律諮詢資訊' });
    expect(
      (await t.kit.ok<{ contact: Contact }>('contacts.get', { id: anon.id })).contact,
    ).toMatchObject({
      clientId: null,
      agencyId: null,
      gender: 'U',
      isManager: null,
      recordedBy: { id: t.desk.id },
    });
    const clientId = await t.newClient({
      agencyId: t.agencyId,
      category: 'teacher',
      gender: 'F',
      isManager: true,
    });
    const linked = await contact({ clientId, isManager: false });
    expect(
      (await t.kit.ok<{ contact: Contact }>('contacts.get', { id: linked.id })).contact,
    ).toMatchObject({
      clientId,
      agencyId: t.agencyId,
      category: 'teacher',
      gender: 'F',
      isManager: false,
    });
  });

  it('lists newest first by key pages, within a date range', async () => {
    const days = ['2025-02-01', '2025-02-02', '2025-02-03', '2025-02-03', '2025-02-04'];
    for (const occurredOn of days) await contact({ occurredOn });
    const seen: Contact[] = [];
    let after: Page['next'] = null;
    do {
      const page: Page = await t.kit.ok<Page>('contacts.list', {
        from: '2025-02-01',
        to: '2025-02-28',
        limit: 2,
        ...(after ? { after } : {}),
      });
      seen.push(...page.contacts);
      after = page.next;
    } while (after);
    expect(seen.map((c) => c.occurredOn)).toEqual([...days].reverse());
    expect(new Set(seen.map((c) => c.id)).size).toBe(5);
    expect(JSON.stringify(seen)).not.toMatch(/presentingSummary|clinical/);
  });

  it('turns a contact into a case: fields carried over, contact and client linked, once only', async () => {
    const clientId = await t.newClient();
    const { id: contactId } = await contact({
      occurredOn: '2025-03-03',
      channel: 'online',
      facet: 'health',
      serviceItem: 'medical',
    });
    const intake = {
      contactId,
      clientId,
      source: 'selfReferral',
      voluntary: true,
      riskLevel: 'general',
      deskOwnerId: t.desk.id,
      topics: ['stress'],
    };
    const created = await t.kit.ok<{ id: string; caseNumber: string }>(
      'contacts.convertToCase',
      intake,
    );
    expect(created.caseNumber).toMatch(/^114-\d{6}$/);
    const { case: c } = await t.kit.ok<CaseDetail>('cases.get', { id: created.id });
    expect(c).toMatchObject({
      client: { id: clientId },
      requestedOn: '2025-03-03',
      channel: 'online',
      facets: ['health'],
      serviceItem: 'medical',
      contacts: [{ id: contactId }],
    });
    expect(
      (await t.kit.ok<{ contact: Contact }>('contacts.get', { id: contactId })).contact,
    ).toMatchObject({ caseId: created.id, caseNumber: created.caseNumber, clientId });
    expect(await t.kit.call('contacts.convertToCase', intake)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.contactAlreadyConverted' },
    });
  });

  it('lets the desk override what the contact suggested, and asks for what it lacks', async () => {
    const { id: contactId } = await contact({ channel: 'phone' });
    const base = {
      contactId,
      source: 'supervisorReferral',
      voluntary: false,
      riskLevel: 'concern',
      deskOwnerId: t.desk.id,
    };
    expect(await t.kit.call('contacts.convertToCase', base)).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          { path: ['clientId'], key: 'validation.required' },
          { path: ['facets'], key: 'validation.facetRequired' },
        ],
      },
    });
    const clientId = await t.newClient();
    const written = {
      kind: 'service',
      status: 'given',
      form: 'written',
      reference: 'F-77',
      givenOn: '2025-03-05',
    };
    const { id } = await t.kit.ok<{ id: string }>('contacts.convertToCase', {
      ...base,
      clientId,
      channel: 'inPerson',
      facets: ['management'],
      serviceItem: null,
      consents: [written],
      presentingSummary: '主管轉介，工作適應。',
    });
    const { case: c } = await t.kit.ok<CaseDetail>('cases.get', { id });
    expect(c).toMatchObject({
      channel: 'inPerson',
      facets: ['management'],
      serviceItem: null,
      requestedOn: '2025-03-05',
      consentState: { service: 'given' },
    });
    // A contact already linked to a person converts only for that person.
    const other = await t.newClient();
    const { id: linked } = await contact({ clientId, facet: 'work' });
    expect(
      await t.kit.call('contacts.convertToCase', { ...base, contactId: linked, clientId: other }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['clientId'], key: 'validation.contactClientMismatch' }] },
    });
  });
});

describe("the office's day", () => {
  it("a contact dated the office's today is accepted even when UTC (or the PC's zone) is still on yesterday", async () => {
    const before = t.kit.clock.now();
    // 00:30 on 6 March in Taipei is 16:30 on 5 March in UTC.
    t.kit.clock.set(Date.UTC(2025, 2, 5, 16, 30));
    try {
      await contact({ occurredOn: '2025-03-06' });
      const tooEarly = await t.kit.call('contacts.create', {
        occurredOn: '2025-03-07',
        channel: 'phone',
        serviceItem: 'counselling',
      });
      expect(tooEarly.ok).toBe(false);
    } finally {
      t.kit.clock.set(before);
    }
  });
});
