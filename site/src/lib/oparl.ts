import {
  AGENDA_RESULTS,
  CONSULTATION_ROLES,
  MEETING_STATES,
  OPARL_VERSION,
  PAPER_TYPES,
  isoDateTimeInZone,
  oparlListPage,
  parseOparlObject,
  type CouncilLocation,
  type CouncilMeeting,
  type CouncilOrganization,
  type CouncilPaper,
  type CouncilPerson,
  type Document,
  type LegislativeTerm,
  type Organisation,
} from '@stadtportal/shared';
import {
  councilBodyPath,
  councilPath,
  locationLine,
  meetingPath,
  meetingsPath,
  OPARL_DIR,
  paperPath,
  papersPath,
  personName,
  type CouncilIndex,
} from './council.ts';
import { mediaPath } from './urls.ts';

/*
 * The static OParl 1.1 API: every object and every list page as one JSON file below
 * /oparl/v1.1/, generated at build time from the snapshot (docs/adr/0010-council-information-and-oparl.md).
 *
 * URL scheme (all absolute, from SITE_URL; ids are documentIds, so they survive a renamed slug):
 *   system.json                       System (entry point)
 *   body.json                         list of bodies (one: the town)
 *   body/<slug>.json                  Body
 *   body/<slug>/<list>[-<n>].json     external lists: organization, person, meeting, paper, …; page n ≥ 2 with -n
 *   organization/<id>/meeting.json    meetings of one body (external list of Organization.meeting)
 *   <type>/<id>.json                  every object, also those embedded elsewhere
 * A static server ignores query strings, so the filters of spec 2-05 (created_since, …) are not
 * supported: a client always gets the whole list — documented in the ADR.
 */

export const OPARL_BASE = `${OPARL_DIR}/v1.1/`;
/** Objects per list page. Small enough that the demo's papers span several pages. */
export const OPARL_PAGE_SIZE = 20;

export type OparlObject = Record<string, unknown> & { id: string; type: string };
/** Path below /oparl/v1.1/ (e.g. „body/stadt-aschersleben.json“) → file content. */
export type OparlFiles = Map<string, Record<string, unknown>>;

export interface OparlInput {
  index: CouncilIndex;
  /** The town (organisation of kind Stadtverwaltung): the Body. */
  town: Organisation;
  siteName: string;
  /** SITE_URL */
  site: URL;
}

const TZ = 'Europe/Berlin';
const typeUri = (name: string): string => `${OPARL_VERSION}${name}`;
const strip = <T extends Record<string, unknown>>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

export function buildOparl(input: OparlInput): OparlFiles {
  const { index: idx, town, siteName, site } = input;
  const files: OparlFiles = new Map();
  const abs = (rel: string): string => new URL(`/${OPARL_BASE}${rel}`, site).href;
  const web = (path: string): string => new URL(path, site).href;
  const put = (rel: string, value: Record<string, unknown>): void => {
    if (files.has(rel)) throw new Error(`OParl: Datei ${rel} würde zweimal geschrieben`);
    files.set(rel, value);
  };
  /** Write the object as its own file (its id) and return it for embedding. */
  const own = <T extends OparlObject>(o: T): T => {
    const rel = o.id.slice(abs('').length);
    put(rel, o);
    return o;
  };

  const bodyRel = `body/${town.slug}`;
  const bodyId = abs(`${bodyRel}.json`);
  const orgUrl = (id: string) => abs(`organization/${id}.json`);
  const personUrl = (id: string) => abs(`person/${id}.json`);
  const meetingUrl = (id: string) => abs(`meeting/${id}.json`);
  const paperUrl = (id: string) => abs(`paper/${id}.json`);
  const agendaItemUrl = (m: CouncilMeeting, i: number) => abs(`agendaitem/${m.documentId}-${i + 1}.json`);
  const consultationUrl = (m: CouncilMeeting, i: number) => abs(`consultation/${m.documentId}-${i + 1}.json`);
  const membershipUrl = (o: CouncilOrganization, i: number) => abs(`membership/${o.documentId}-${i + 1}.json`);

  // Files and locations are embedded in several places: one object each, written once.
  const fileObjects = new Map<string, OparlObject & { meeting?: string[]; paper?: string[] }>();
  const fileOf = (d: Document, date: string, ref: { meeting?: string; paper?: string }): OparlObject => {
    const key = d.file.replace(/\.pdf$/, '');
    let f = fileObjects.get(key);
    if (!f) {
      const access = web(mediaPath(d.file));
      f = {
        id: abs(`file/${key}.json`),
        type: typeUri('File'),
        name: d.name.replace(/\.pdf$/i, ''),
        fileName: d.name,
        mimeType: d.mime,
        date,
        size: d.size,
        accessUrl: access,
        downloadUrl: access,
      };
      fileObjects.set(key, f);
    }
    if (ref.meeting) f.meeting = [...(f.meeting ?? []), ref.meeting];
    if (ref.paper) f.paper = [...(f.paper ?? []), ref.paper];
    return f;
  };
  const locationObject = (l: CouncilLocation): OparlObject =>
    strip({
      id: abs(`location/${l.documentId}.json`),
      type: typeUri('Location'),
      description: locationLine(l),
      streetAddress: l.streetAddress,
      room: l.room,
      postalCode: l.postalCode,
      subLocality: l.subLocality,
      locality: l.locality,
    });

  const term = (t: LegislativeTerm): OparlObject =>
    strip({
      id: abs(`legislativeterm/${t.documentId}.json`),
      type: typeUri('LegislativeTerm'),
      body: bodyId,
      name: t.name,
      startDate: t.startDate,
      endDate: t.endDate,
    });
  const terms = idx.council.terms.map(term);

  // Memberships: ids by position in the body's list (a component has no documentId of its own).
  const memberships: OparlObject[] = [];
  const membershipsOfPerson = new Map<string, OparlObject[]>();
  for (const o of idx.organizations) {
    o.memberships.forEach((m, i) => {
      const obj = strip({
        id: membershipUrl(o, i),
        type: typeUri('Membership'),
        person: personUrl(m.person),
        organization: orgUrl(o.documentId),
        role: m.role,
        votingRight: m.votingRight,
        startDate: m.startDate,
        endDate: m.endDate,
        // onBehalfOf is a URL of a faction's Organization in OParl; factions are names here (keyword).
        keyword: m.onBehalfOf === null ? undefined : [m.onBehalfOf],
      });
      memberships.push(obj);
      membershipsOfPerson.set(m.person, [...(membershipsOfPerson.get(m.person) ?? []), obj]);
    });
  }

  const organization = (o: CouncilOrganization): OparlObject => {
    const t = idx.council.terms.find((x) => x.documentId === o.legislativeTerm);
    return strip({
      id: orgUrl(o.documentId),
      type: typeUri('Organization'),
      body: bodyId,
      name: o.name,
      shortName: o.shortName,
      membership: o.memberships.map((_, i) => membershipUrl(o, i)),
      meeting: abs(`organization/${o.documentId}/meeting.json`),
      subOrganizationOf: o.subOrganizationOf === null ? undefined : orgUrl(o.subOrganizationOf),
      organizationType: 'Gremium',
      classification: idx.typeLabel(o),
      startDate: t?.startDate,
      endDate: t?.endDate,
      location: o.location === null ? undefined : locationObject(idx.location(o.location)),
      memberCount: o.memberships.length,
      votingMemberCount: o.memberships.filter((m) => m.votingRight).length,
      web: web(councilBodyPath(o.slug)),
      modified: isoDateTimeInZone(o.updatedAt, TZ),
    });
  };

  const person = (p: CouncilPerson): OparlObject =>
    strip({
      id: personUrl(p.documentId),
      type: typeUri('Person'),
      body: bodyId,
      name: personName(p),
      familyName: p.familyName,
      givenName: p.givenName,
      formOfAddress: p.formOfAddress,
      title: p.title === null ? undefined : [p.title],
      status: idx.membershipsOf(p.documentId).map((m) => `${m.role}, ${m.organization.name}`),
      membership: membershipsOfPerson.get(p.documentId) ?? [],
      modified: isoDateTimeInZone(p.updatedAt, TZ),
    });

  const consultations: OparlObject[] = [];
  const consultationsOfPaper = new Map<string, OparlObject[]>();
  const agendaItems: OparlObject[] = [];
  const meeting = (m: CouncilMeeting): OparlObject => {
    const id = meetingUrl(m.documentId);
    const items = m.agendaItems.map((a, i) => {
      const consultation =
        a.public && a.paper !== null
          ? strip({
              id: consultationUrl(m, i),
              type: typeUri('Consultation'),
              paper: paperUrl(a.paper),
              agendaItem: agendaItemUrl(m, i),
              meeting: id,
              organization: [orgUrl(m.organization)],
              authoritative: a.consultationRole === 'entscheidung',
              role: a.consultationRole === null ? undefined : CONSULTATION_ROLES[a.consultationRole],
            })
          : undefined;
      if (consultation && a.paper !== null) {
        consultations.push(consultation);
        consultationsOfPaper.set(a.paper, [...(consultationsOfPaper.get(a.paper) ?? []), consultation]);
      }
      const item = strip({
        id: agendaItemUrl(m, i),
        type: typeUri('AgendaItem'),
        meeting: id,
        number: a.number,
        order: i + 1,
        // Non-public: number only (the snapshot holds nothing else).
        name: a.public ? a.name : 'nicht öffentlich',
        public: a.public,
        consultation: consultation?.id,
        result: a.public && a.result !== null ? AGENDA_RESULTS[a.result] : undefined,
        resolutionText: a.public ? a.resolutionText : undefined,
        web: `${web(meetingPath(m.slug))}#top-${i + 1}`,
      });
      agendaItems.push(item);
      return item;
    });
    return strip({
      id,
      type: typeUri('Meeting'),
      name: m.name,
      meetingState: MEETING_STATES[m.meetingState],
      cancelled: m.cancelled,
      start: isoDateTimeInZone(m.start, TZ),
      end: m.end === null ? undefined : isoDateTimeInZone(m.end, TZ),
      location: m.location === null ? undefined : locationObject(idx.location(m.location)),
      organization: [orgUrl(m.organization)],
      invitation: m.invitation ? fileOf(m.invitation, m.start.slice(0, 10), { meeting: id }) : undefined,
      resultsProtocol: m.resultsProtocol ? fileOf(m.resultsProtocol, m.start.slice(0, 10), { meeting: id }) : undefined,
      agendaItem: items,
      web: web(meetingPath(m.slug)),
      modified: isoDateTimeInZone(m.updatedAt, TZ),
    });
  };

  const meetings = idx.meetings.map(meeting);
  const paper = (p: CouncilPaper): OparlObject =>
    strip({
      id: paperUrl(p.documentId),
      type: typeUri('Paper'),
      body: bodyId,
      name: p.name,
      reference: p.reference,
      date: p.date,
      paperType: PAPER_TYPES[p.paperType],
      mainFile: p.mainFile ? fileOf(p.mainFile, p.date, { paper: paperUrl(p.documentId) }) : undefined,
      consultation: consultationsOfPaper.get(p.documentId) ?? [],
      web: web(paperPath(p.slug)),
      modified: isoDateTimeInZone(p.updatedAt, TZ),
    });
  // Stable order (spec 2-05): papers by reference, the rest as indexed (by name or start).
  const papers = [...idx.papers].sort((a, b) => a.reference.localeCompare(b.reference)).map(paper);
  const organizations = idx.organizations.map(organization);
  const persons = idx.persons.map(person);
  const locations = idx.council.locations.map(locationObject);
  const files_ = [...fileObjects.values()];

  // Every object as its own file (embedded ones too: their ids must resolve).
  for (const list of [terms, memberships, organizations, persons, meetings, agendaItems, consultations, papers, locations, files_]) {
    for (const o of list) own(o);
  }

  /** An external list in pages: <base>.json, <base>-2.json, … */
  const writeList = (base: string, objects: readonly OparlObject[], webPath?: string): string => {
    const totalPages = Math.max(1, Math.ceil(objects.length / OPARL_PAGE_SIZE));
    const pageUrl = (n: number) => abs(n === 1 ? `${base}.json` : `${base}-${n}.json`);
    for (let n = 1; n <= totalPages; n++) {
      const page = {
        data: objects.slice((n - 1) * OPARL_PAGE_SIZE, n * OPARL_PAGE_SIZE),
        pagination: { totalElements: objects.length, elementsPerPage: OPARL_PAGE_SIZE, currentPage: n, totalPages },
        links: strip({
          first: pageUrl(1),
          prev: n > 1 ? pageUrl(n - 1) : undefined,
          self: pageUrl(n),
          next: n < totalPages ? pageUrl(n + 1) : undefined,
          last: pageUrl(totalPages),
          web: webPath === undefined ? undefined : web(webPath),
        }),
      };
      put(n === 1 ? `${base}.json` : `${base}-${n}.json`, page);
    }
    return pageUrl(1);
  };

  for (const o of idx.organizations) {
    writeList(
      `organization/${o.documentId}/meeting`,
      meetings.filter((m) => (m.organization as string[]).includes(orgUrl(o.documentId))),
      councilBodyPath(o.slug),
    );
  }
  const body = strip({
    id: bodyId,
    type: typeUri('Body'),
    system: abs('system.json'),
    name: town.name,
    shortName: siteName,
    website: town.website ?? web('/'),
    contactEmail: town.email,
    organization: writeList(`${bodyRel}/organization`, organizations, councilPath()),
    person: writeList(`${bodyRel}/person`, persons),
    meeting: writeList(`${bodyRel}/meeting`, meetings, meetingsPath()),
    paper: writeList(`${bodyRel}/paper`, papers, papersPath()),
    legislativeTerm: terms,
    agendaItem: writeList(`${bodyRel}/agendaItem`, agendaItems),
    consultation: writeList(`${bodyRel}/consultation`, consultations),
    file: writeList(`${bodyRel}/file`, files_),
    locationList: writeList(`${bodyRel}/location`, locations),
    legislativeTermList: writeList(`${bodyRel}/legislativeTerm`, terms),
    membership: writeList(`${bodyRel}/membership`, memberships),
    classification: 'Stadt',
    web: web(councilPath()),
  });
  own(body);
  writeList('body', [body]);
  put('system.json', {
    id: abs('system.json'),
    type: typeUri('System'),
    oparlVersion: OPARL_VERSION,
    body: abs('body.json'),
    name: `OParl-Schnittstelle – ${siteName}`,
    ...(town.email ? { contactEmail: town.email } : {}),
    website: web('/'),
    web: web(councilPath()),
  });
  return files;
}

/**
 * Check every file against the contract (shared/src/schemas/oparl.ts) before it is written: a
 * generator bug fails the build instead of publishing an invalid API.
 */
export function checkOparl(files: OparlFiles): void {
  const problems: string[] = [];
  // List pages embed the very objects that have files of their own (the same instances): each
  // object is checked once, not again on every list page it appears on (at 10 000 documents the
  // repeated checks were a tenth of the build).
  const checked = new WeakSet<object>();
  const checkObject = (value: unknown, where: string) => {
    if (typeof value === 'object' && value !== null) {
      if (checked.has(value)) return;
      checked.add(value);
    }
    problems.push(...parseOparlObject(value).issues.map((i) => `${where}: ${i}`));
  };
  for (const [rel, value] of files) {
    if ('data' in value) {
      const list = oparlListPage.safeParse(value);
      if (!list.success) problems.push(...list.error.issues.map((i) => `${rel}: ${i.path.join('.')}: ${i.message}`));
      for (const [n, item] of (Array.isArray(value.data) ? value.data : []).entries()) checkObject(item, `${rel} data.${n}`);
    } else {
      checkObject(value, rel);
    }
  }
  if (problems.length > 0) throw new Error(`OParl-Ausgabe ungültig (${problems.length}):\n${problems.slice(0, 20).join('\n')}`);
}
