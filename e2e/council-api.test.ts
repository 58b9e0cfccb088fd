// Non-public agenda items through the public REST API (real Strapi, SQLite, seeded council): of
// a non-public item the API shows only number and flag — not the title, paper, result or
// resolution text an editor keeps in the CMS — for lists, single meetings, every populate form,
// the v4 response format and API tokens; filtering or sorting by agenda items (a yes/no oracle on
// hidden titles) is refused. Public items keep everything, the dashboard keeps the full items,
// and the snapshot's council pull still normalises every meeting (cms/src/api/meeting/,
// shared/src/normalize/council.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmsClient } from '@stadtportal/shared/client';
import { fetchCouncil, normalizeCouncilContent } from '@stadtportal/shared/normalize';
import { startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const MEETING = 'api::meeting.meeting';
/** What the test adds to one non-public item: every kind of field the public must not see. */
const SECRET = {
  name: 'Grundstücksangelegenheit Flurstück 4711 – Verkauf an Firma Beispiel',
  resolutionText: 'Der Verkauf zum Preis von 123.456 Euro wird beschlossen.',
  result: 'beschlossen',
  consultationRole: 'entscheidung',
} as const;
const OPEN_NAME = 'Bekanntgabe der im nicht öffentlichen Teil gefassten Beschlüsse';
const TEST_SLUG = 'test-sitzung-nicht-oeffentlich';

interface AgendaItem {
  id?: number;
  number: string;
  public: boolean | null;
  name?: string | null;
  paper?: { documentId: string } | null;
  result?: string | null;
  resolutionText?: string | null;
  consultationRole?: string | null;
}
interface Meeting {
  documentId: string;
  slug: string;
  agendaItems?: AgendaItem[];
}

let strapi: StrapiInstance;
let adminToken = '';
let readToken = '';
/** Titles (and texts) of the non-public items as the editors see them in the dashboard. */
const hidden: string[] = [];
/** How many non-public items the published meetings have. */
let closedItems = 0;
/** Titles of public items, keyed by meeting slug and item number. */
const open = new Map<string, string>();
let testMeeting = '';
let paperId = '';

const admin = (method: string, path: string, body?: unknown) =>
  fetch(`${strapi.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** A read of the public REST API, as anyone on the internet (or with a token) can make it. */
async function api(path: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(`${strapi.url}${path}`, { headers });
  return { status: res.status, text: await res.text() };
}

async function publicMeetings(query: string, headers: Record<string, string> = {}): Promise<{ text: string; meetings: Meeting[] }> {
  const { status, text } = await api(`/api/meetings?pagination[pageSize]=100&${query}`, headers);
  expect(status, text).toBe(200);
  const body = JSON.parse(text) as { data: Meeting[]; meta: { pagination: { total: number } } };
  // One page holds the seeded town: a second page would escape the checks below.
  expect(body.data).toHaveLength(body.meta.pagination.total);
  return { text, meetings: body.data };
}

function expectNothingHidden(text: string): void {
  for (const secret of hidden) expect(text, `nicht öffentlich: „${secret}“`).not.toContain(secret);
}

/** Every non-public item is number + flag (+ id, + `paper: null` when populated); public ones are intact. */
function expectItemsCut(meetings: Meeting[]): { closed: number; openItems: number } {
  let closed = 0;
  let openItems = 0;
  for (const m of meetings) {
    for (const item of m.agendaItems ?? []) {
      if (item.public === false) {
        closed++;
        expect(
          Object.keys(item).filter((k) => !['id', 'number', 'public', 'paper'].includes(k)),
          `${m.slug} ${item.number}`,
        ).toEqual([]);
        expect(item.paper ?? null).toBeNull();
        expect(item.number).toMatch(/\S/);
      } else {
        openItems++;
        const name = open.get(`${m.slug} ${item.number}`);
        if (name !== undefined) expect(item.name).toBe(name);
      }
    }
  }
  return { closed, openItems };
}

beforeAll(async () => {
  strapi = await startStrapi('sqlite');
  adminToken = await strapi.adminToken();

  // One more meeting with a non-public item that has everything an editor can fill in: a paper,
  // consultation role, result, resolution text — the seed's non-public items have a title only.
  const org = await api('/api/council-organizations?pagination[pageSize]=1&sort=documentId:asc');
  const orgId = (JSON.parse(org.text) as { data: { documentId: string }[] }).data[0]?.documentId ?? '';
  const paper = await api('/api/papers?pagination[pageSize]=1&sort=documentId:asc');
  paperId = (JSON.parse(paper.text) as { data: { documentId: string }[] }).data[0]?.documentId ?? '';
  expect(orgId && paperId).toBeTruthy();
  const created = await admin('POST', `/content-manager/collection-types/${MEETING}`, {
    name: 'Testsitzung mit nicht öffentlichem Teil',
    slug: TEST_SLUG,
    organization: { connect: [{ documentId: orgId }] },
    start: '2026-12-10T17:00:00.000Z',
    meetingState: 'durchgefuehrt',
    cancelled: false,
    agendaItems: [
      { number: 'Ö 1', public: true, name: OPEN_NAME, result: 'zur_kenntnis' },
      { number: 'N 1', public: false, ...SECRET, paper: { connect: [{ documentId: paperId }] } },
    ],
  });
  expect(created.status, await created.clone().text()).toBe(201);
  testMeeting = ((await created.json()) as { data: { documentId: string } }).data.documentId;
  const published = await admin('POST', `/content-manager/collection-types/${MEETING}/${testMeeting}/actions/publish`, {});
  expect(published.status, await published.clone().text()).toBe(200);

  // What the editors see: every published meeting with its full agenda, from the dashboard's API.
  const list = await admin('GET', `/content-manager/collection-types/${MEETING}?page=1&pageSize=100`);
  expect(list.status, await list.clone().text()).toBe(200);
  for (const { documentId } of ((await list.json()) as { results: { documentId: string }[] }).results) {
    const one = await admin('GET', `/content-manager/collection-types/${MEETING}/${documentId}?status=published`);
    expect(one.status, await one.clone().text()).toBe(200);
    const m = ((await one.json()) as { data: Meeting }).data;
    for (const item of m.agendaItems ?? []) {
      if (item.public === false) {
        closedItems++;
        for (const text of [item.name, item.resolutionText]) if (text) hidden.push(text);
      } else if (item.name) {
        open.set(`${m.slug} ${item.number}`, item.name);
      }
    }
  }

  const token = await admin('POST', '/admin/api-tokens', { name: 'Snapshot (nur lesen)', type: 'read-only', lifespan: null, description: '' });
  expect(token.status, await token.clone().text()).toBe(201);
  readToken = ((await token.json()) as { data: { accessKey: string } }).data.accessKey;
}, 600_000);

afterAll(async () => {
  await strapi?.stop();
});

describe('Ratsinformation: nicht öffentliche Tagesordnungspunkte in der REST-API', () => {
  it('the dashboard keeps the full non-public items (the seed’s and the test’s)', () => {
    expect(hidden).toEqual(expect.arrayContaining([SECRET.name, SECRET.resolutionText]));
    // The seeded town has non-public items in several meetings, not only the test's.
    expect(closedItems).toBeGreaterThan(3);
    expect(open.get(`${TEST_SLUG} Ö 1`)).toBe(OPEN_NAME);
  });

  it('a public list with agenda items and their papers shows number and flag only', async () => {
    const { text, meetings } = await publicMeetings('populate[agendaItems][populate][paper][fields][0]=documentId');
    expectNothingHidden(text);
    const { closed, openItems } = expectItemsCut(meetings);
    expect(closed).toBe(closedItems);
    expect(openItems).toBeGreaterThan(closed);
    const test = meetings.find((m) => m.slug === TEST_SLUG);
    expect(test?.agendaItems).toEqual([
      expect.objectContaining({ number: 'Ö 1', public: true, name: OPEN_NAME, result: 'zur_kenntnis' }),
      { id: expect.any(Number) as number, number: 'N 1', public: false, paper: null },
    ]);
    // Public items keep their paper.
    const withPaper = meetings.flatMap((m) => m.agendaItems ?? []).filter((a) => a.public !== false && a.paper);
    expect(withPaper.length).toBeGreaterThan(0);
  });

  it.each([
    ['populate=*', 'populate=*'],
    ['populate[agendaItems]=true', 'populate[agendaItems]=true'],
    [
      'only the hidden fields asked for',
      'populate[agendaItems][fields][0]=name&populate[agendaItems][fields][1]=resolutionText&populate[agendaItems][fields][2]=public&populate[agendaItems][fields][3]=number',
    ],
  ])('%s: nothing of a non-public item', async (_label, query) => {
    const { text, meetings } = await publicMeetings(query);
    expectNothingHidden(text);
    expect(expectItemsCut(meetings).closed).toBeGreaterThan(0);
  });

  it('a single meeting (findOne), also in the v4 response format and with an API token', async () => {
    const path = `/api/meetings/${testMeeting}?populate[agendaItems][populate]=paper`;
    const one = await api(path);
    expect(one.status, one.text).toBe(200);
    expectNothingHidden(one.text);
    expect(one.text).toContain(OPEN_NAME);
    expect(expectItemsCut([(JSON.parse(one.text) as { data: Meeting }).data]).closed).toBe(1);

    const v4 = await api(path, { 'strapi-response-format': 'v4' });
    expect(v4.status, v4.text).toBe(200);
    // The old format nests the fields under `attributes`: the cut must not depend on the shape.
    expect(v4.text).toContain('"attributes"');
    expect(v4.text).toContain(OPEN_NAME);
    expectNothingHidden(v4.text);

    const withToken = await publicMeetings('populate=*', { authorization: `Bearer ${readToken}` });
    expectNothingHidden(withToken.text);
  });

  it.each([
    ['filters[agendaItems][name][$containsi]=Flurstück 4711'],
    ['filters[$or][0][agendaItems][resolutionText][$containsi]=123.456'],
    ['sort=agendaItems.name:asc'],
    ['populate[agendaItems][filters][name][$containsi]=Flurstück'],
  ])('refuses %s (an oracle on hidden titles) with a German 400', async (query) => {
    const res = await api(`/api/meetings?${encodeURI(query)}`);
    expect(res.status, res.text).toBe(400);
    expect((JSON.parse(res.text) as { error: { message: string } }).error.message).toContain('Tagesordnungspunkten');
    expect((await api(`/api/meetings/${testMeeting}?${encodeURI(query)}`)).status).toBe(400);
  });

  it('the snapshot’s council pull still normalises every meeting, non-public items as number only', async () => {
    const client = createCmsClient({ baseUrl: strapi.url });
    const { council, issues } = normalizeCouncilContent(await fetchCouncil(client), strapi.url);
    expect(issues).toEqual([]);
    const test = council.meetings.find((m) => m.slug === TEST_SLUG);
    expect(test?.agendaItems).toEqual([
      expect.objectContaining({ number: 'Ö 1', public: true, name: OPEN_NAME }),
      { number: 'N 1', public: false, name: null, paper: null, consultationRole: null, result: null, resolutionText: null },
    ]);
    const closed = council.meetings.flatMap((m) => m.agendaItems).filter((a) => !a.public);
    expect(closed).toHaveLength(closedItems);
    expectNothingHidden(JSON.stringify(council));
  });
});
