import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSnapshot, type Snapshot } from '@stadtportal/shared';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { councilBodyPath, councilIndex, councilPath, meetingPath, meetingsIcs, meetingsPath, paperPath, papersPath } from '../src/lib/council.ts';
import { buildOparl, checkOparl, OPARL_PAGE_SIZE, type OparlFiles } from '../src/lib/oparl.ts';
import { OPARL_REFERENCE, officialValidators, walkOparl, type Resolver } from './helpers/oparl-walk.ts';

/*
 * The council data of the fixture snapshot → the static OParl API (in memory, as the build
 * writes it) and the meeting calendar. The build itself is covered in build.test.ts.
 */

const FIXTURE = fileURLToPath(new URL('./fixtures/snapshot/', import.meta.url));
const SITE = 'https://www.aschersleben.example';
const SYSTEM = `${SITE}/oparl/v1.1/system.json`;

let snapshot: Snapshot;
let files: OparlFiles;

function generate(s: Snapshot): OparlFiles {
  const town = s.organisations.find((o) => o.kind === 'stadtverwaltung');
  if (!town) throw new Error('Fixture ohne Stadtverwaltung');
  return buildOparl({ index: councilIndex(s.council), town, siteName: s.settings.siteName, site: new URL(SITE) });
}

/** The site's pages and media as the build would write them. */
function resolver(s: Snapshot, f: OparlFiles): Resolver {
  const pages = new Set([
    '/',
    councilPath(),
    meetingsPath(),
    papersPath(),
    ...s.council.organizations.map((o) => councilBodyPath(o.slug)),
    ...s.council.meetings.map((m) => meetingPath(m.slug)),
    ...s.council.papers.map((p) => paperPath(p.slug)),
  ]);
  return {
    json: (url) => f.get(url.slice(`${SITE}/oparl/v1.1/`.length)),
    exists: (url) => {
      const path = new URL(url).pathname;
      if (path.startsWith('/medien/')) return existsSync(join(FIXTURE, 'media', decodeURIComponent(path.slice('/medien/'.length))));
      return pages.has(path);
    },
  };
}

beforeAll(async () => {
  snapshot = await readSnapshot(FIXTURE);
  files = generate(snapshot);
});

describe('static OParl 1.1 API from the fixture snapshot', () => {
  it('is reachable from System through every list: every file visited, every URL resolves, every object valid', () => {
    const official = officialValidators();
    // CI has the reference folder; the test says so instead of silently validating less.
    expect(official !== undefined).toBe(existsSync(join(OPARL_REFERENCE, 'schema')));
    const walk = walkOparl(SYSTEM, SITE, resolver(snapshot, files), official);
    expect(walk.problems).toEqual([]);
    const all = [...files.keys()].map((rel) => `${SITE}/oparl/v1.1/${rel}`).sort();
    expect([...walk.visited].sort()).toEqual(all);
    expect([...walk.types.keys()].sort()).toEqual(
      [
        'AgendaItem',
        'Body',
        'Consultation',
        'File',
        'LegislativeTerm',
        'Location',
        'Meeting',
        'Membership',
        'Organization',
        'Paper',
        'Person',
        'System',
      ].sort(),
    );
    expect(() => checkOparl(files)).not.toThrow();
  });

  it('pages lists with absolute links: 23 papers are two pages of 20 and 3, linked by next and prev', () => {
    const first = files.get('body/stadt-aschersleben/paper.json');
    const second = files.get('body/stadt-aschersleben/paper-2.json');
    expect(OPARL_PAGE_SIZE).toBe(20);
    expect(first).toMatchObject({
      pagination: { totalElements: 23, elementsPerPage: 20, currentPage: 1, totalPages: 2 },
      links: { self: `${SITE}/oparl/v1.1/body/stadt-aschersleben/paper.json`, next: `${SITE}/oparl/v1.1/body/stadt-aschersleben/paper-2.json` },
    });
    expect((first?.data as unknown[]).length).toBe(20);
    expect(second).toMatchObject({ pagination: { currentPage: 2 }, links: { prev: `${SITE}/oparl/v1.1/body/stadt-aschersleben/paper.json` } });
    expect((second?.data as unknown[]).length).toBe(3);
    expect(second?.links).not.toHaveProperty('next');
    expect(files.has('body/stadt-aschersleben/paper-3.json')).toBe(false);
  });

  it('names the town as Body with all required lists and the legislative term inline', () => {
    const body = files.get('body/stadt-aschersleben.json');
    expect(body).toMatchObject({ type: 'https://schema.oparl.org/1.1/Body', name: 'Stadt Aschersleben', system: SYSTEM });
    expect(body?.legislativeTerm).toEqual([expect.objectContaining({ name: 'Wahlperiode 2024–2029', startDate: '2024-07-01' })]);
    expect(files.get('system.json')).toMatchObject({ oparlVersion: 'https://schema.oparl.org/1.1/', body: `${SITE}/oparl/v1.1/body.json` });
  });

  it('shows of a non-public agenda item its number and „nicht öffentlich“ only', () => {
    const meeting = files.get('meeting/m-rat-1.json');
    const items = meeting?.agendaItem as Record<string, unknown>[];
    const hidden = items.filter((a) => a.public === false);
    expect(hidden.map((a) => a.number)).toEqual(['N 1', 'N 2']);
    for (const a of hidden) expect(Object.keys(a).sort()).toEqual(['id', 'meeting', 'name', 'number', 'order', 'public', 'type', 'web']);
    expect(hidden.every((a) => a.name === 'nicht öffentlich')).toBe(true);
  });

  it('gives a paper its consultations in meeting order, authoritative where the body decides', () => {
    const paper = files.get('paper/paper-02.json');
    expect(paper).toMatchObject({ reference: 'AF/2026/002', paperType: 'Anfrage' });
    const consultations = paper?.consultation as Record<string, unknown>[];
    expect(consultations.map((c) => [c.meeting, c.role, c.authoritative])).toEqual([
      [`${SITE}/oparl/v1.1/meeting/m-ha-1.json`, 'Vorberatung', false],
      [`${SITE}/oparl/v1.1/meeting/m-rat-1.json`, 'Entscheidung', true],
    ]);
    // The agenda item says how it ended.
    expect(files.get('agendaitem/m-rat-1-4.json')).toMatchObject({ result: 'Abgelehnt', consultation: `${SITE}/oparl/v1.1/consultation/m-rat-1-4.json` });
  });

  it('catches what it is meant to catch: a missing object, a wrong type URI, an undeclared property', () => {
    const official = officialValidators();
    const broken: OparlFiles = new Map(files);
    broken.delete('person/p-wendt.json');
    broken.set('location/loc-winningen.json', { ...broken.get('location/loc-winningen.json'), type: 'https://schema.oparl.org/1.0/Location' });
    broken.set('paper/paper-03.json', { ...broken.get('paper/paper-03.json'), betreff: 'x' });
    const walk = walkOparl(SYSTEM, SITE, resolver(snapshot, broken), official);
    expect(walk.problems.some((p) => p.startsWith(`${SITE}/oparl/v1.1/person/p-wendt.json (verlinkt in`))).toBe(true);
    expect(walk.problems.some((p) => p.includes('location/loc-winningen.json') && p.includes('Unbekannter OParl-Typ'))).toBe(true);
    expect(walk.problems.some((p) => p.includes('paper/paper-03.json') && p.includes('betreff'))).toBe(true);
    expect(() => checkOparl(broken)).toThrow(/OParl-Ausgabe ungültig/);
  });

  it('generates a valid API with empty lists from a snapshot without council data (older snapshots)', async () => {
    const empty = structuredClone(snapshot);
    empty.council = { terms: [], organizations: [], persons: [], locations: [], meetings: [], papers: [] };
    const f = generate(empty);
    // Body and System still exist, with empty lists: a valid, walkable API.
    const walk = walkOparl(SYSTEM, SITE, resolver(empty, f), officialValidators());
    expect(walk.problems).toEqual([]);
    expect(f.get('body/stadt-aschersleben/meeting.json')).toMatchObject({ data: [], pagination: { totalElements: 0, totalPages: 1 } });
  });
});

describe('meeting calendar (iCal)', () => {
  it('has every meeting once, on Berlin time, cancelled ones as CANCELLED, with the meeting page as URL', () => {
    const ics = meetingsIcs(councilIndex(snapshot.council), snapshot.settings.siteName, new URL(SITE));
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(snapshot.council.meetings.length);
    const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
    const rat = byUid.get('m-rat-1@www.aschersleben.example');
    expect(rat?.getFirstPropertyValue('summary')).toBe('Stadtrat Aschersleben');
    expect(rat?.getFirstPropertyValue('url')).toBe(`${SITE}/rat/sitzungen/stadtrat-2026-11-18/`);
    const start = rat?.getFirstProperty('dtstart');
    expect(start?.getParameter('tzid')).toBe('Europe/Berlin');
    expect(String(start?.getFirstValue())).toBe('2026-11-18T18:00:00');
    const cancelled = byUid.get('m-ha-2@www.aschersleben.example');
    expect(cancelled?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled?.getFirstPropertyValue('summary')).toBe('Abgesagt: Hauptausschuss');
  });
});
