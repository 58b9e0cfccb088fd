import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import {
  COUNCIL_ORGANIZATION_TYPES,
  consultationsByPaper,
  formatDateTime,
  type Consultation,
  type Council,
  type CouncilLocation,
  type CouncilMeeting,
  type CouncilOrganization,
  type CouncilPaper,
  type CouncilPerson,
  type CouncilOrganizationType,
} from '@stadtportal/shared';
import { meetingPath, meetingsIcsPath, meetingsPath } from '@stadtportal/shared/urls';
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { t } from '../i18n/de.ts';

/*
 * Council information on the site (/rat/): lookups over the snapshot's `council`,
 * and the meeting calendar as iCalendar feed. The OParl API is built from the same index
 * (lib/oparl.ts). docs/adr/0010-council-information-and-oparl.md.
 */

// The council's URL scheme is the contract's, like every other section's (lib/urls.ts).
export {
  COUNCIL_DIR,
  OPARL_DIR,
  councilBodyPath,
  councilPath,
  meetingPath,
  meetingsArchivePath,
  meetingsIcsPath,
  meetingsPath,
  oparlSystemPath,
  paperPath,
  papersPath,
} from '@stadtportal/shared/urls';

const TIME_ZONE = 'Europe/Berlin';
const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** „Dr. Katrin Oehlschläger“ */
export const personName = (p: CouncilPerson): string => `${p.title ? `${p.title} ` : ''}${p.givenName} ${p.familyName}`;

/** „Rathaus, Ratssaal, Markt 1, 06449 Aschersleben“ */
export const locationLine = (l: CouncilLocation): string =>
  `${l.name}${l.room ? `, ${l.room}` : ''}, ${l.streetAddress}, ${l.postalCode} ${l.locality}${l.subLocality ? `-${l.subLocality}` : ''}`;

/** Kinds of body in the order the overview lists them. */
const TYPE_ORDER: readonly CouncilOrganizationType[] = ['stadtrat', 'ausschuss', 'ortschaftsrat'];

function must<V>(map: ReadonlyMap<string, V>, id: string, what: string): V {
  const v = map.get(id);
  if (v === undefined) throw new Error(`council.ts: ${what} ${id} ist nicht im Snapshot`);
  return v;
}

/** The snapshot's council data, indexed once per build. */
export class CouncilIndex {
  readonly council: Council;
  /** Stadtrat first, then committees, then Ortschaftsräte; by name within each. */
  readonly organizations: readonly CouncilOrganization[];
  /** By start; same start: by slug. */
  readonly meetings: readonly CouncilMeeting[];
  /** Newest first; same date: by reference. */
  readonly papers: readonly CouncilPaper[];
  /** By family name, given name. */
  readonly persons: readonly CouncilPerson[];
  readonly #org: ReadonlyMap<string, CouncilOrganization>;
  readonly #person: ReadonlyMap<string, CouncilPerson>;
  readonly #location: ReadonlyMap<string, CouncilLocation>;
  readonly #paper: ReadonlyMap<string, CouncilPaper>;
  readonly #meeting: ReadonlyMap<string, CouncilMeeting>;
  readonly #meetingsOf: ReadonlyMap<string, readonly CouncilMeeting[]>;
  readonly #consultations: ReadonlyMap<string, readonly Consultation[]>;

  constructor(council: Council) {
    this.council = council;
    this.organizations = [...council.organizations].sort(
      (a, b) => TYPE_ORDER.indexOf(a.organizationType) - TYPE_ORDER.indexOf(b.organizationType) || collator.compare(a.name, b.name),
    );
    this.meetings = [...council.meetings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.slug.localeCompare(b.slug));
    this.papers = [...council.papers].sort((a, b) => b.date.localeCompare(a.date) || collator.compare(a.reference, b.reference));
    this.persons = [...council.persons].sort((a, b) => collator.compare(a.familyName, b.familyName) || collator.compare(a.givenName, b.givenName));
    this.#org = new Map(council.organizations.map((o) => [o.documentId, o]));
    this.#person = new Map(council.persons.map((p) => [p.documentId, p]));
    this.#location = new Map(council.locations.map((l) => [l.documentId, l]));
    this.#paper = new Map(council.papers.map((p) => [p.documentId, p]));
    this.#meeting = new Map(council.meetings.map((m) => [m.documentId, m]));
    const meetingsOf = new Map<string, CouncilMeeting[]>();
    for (const m of this.meetings) meetingsOf.set(m.organization, [...(meetingsOf.get(m.organization) ?? []), m]);
    this.#meetingsOf = meetingsOf;
    this.#consultations = consultationsByPaper(council);
  }

  organization(id: string): CouncilOrganization {
    return must(this.#org, id, 'Gremium');
  }
  person(id: string): CouncilPerson {
    return must(this.#person, id, 'Person');
  }
  location(id: string): CouncilLocation {
    return must(this.#location, id, 'Sitzungsort');
  }
  paper(id: string): CouncilPaper {
    return must(this.#paper, id, 'Drucksache');
  }
  meeting(id: string): CouncilMeeting {
    return must(this.#meeting, id, 'Sitzung');
  }
  /** A body's meetings, by start. */
  meetingsOf(orgId: string): readonly CouncilMeeting[] {
    return this.#meetingsOf.get(orgId) ?? [];
  }
  /** A paper's consultations in meeting order (Beratungsfolge). */
  consultationsOf(paperId: string): readonly Consultation[] {
    return this.#consultations.get(paperId) ?? [];
  }
  /** Bodies below this one (the committees of the Stadtrat). */
  subOrganizationsOf(orgId: string): readonly CouncilOrganization[] {
    return this.organizations.filter((o) => o.subOrganizationOf === orgId);
  }
  /** Bodies a person belongs to, with the membership. */
  membershipsOf(personId: string): { organization: CouncilOrganization; role: string }[] {
    return this.organizations.flatMap((o) => o.memberships.filter((m) => m.person === personId).map((m) => ({ organization: o, role: m.role })));
  }
  /** The body's kind in German, e.g. „Ausschuss“. */
  typeLabel(o: CouncilOrganization): string {
    return COUNCIL_ORGANIZATION_TYPES[o.organizationType];
  }
}

let index: { council: Council; value: CouncilIndex } | undefined;
/** One index per snapshot (memoised on the council object of the loaded content). */
export function councilIndex(council: Council): CouncilIndex {
  if (index?.council !== council) index = { council, value: new CouncilIndex(council) };
  return index.value;
}

/** A meeting counts as upcoming until it has ended (start + 4 h when no end is given). */
export function isUpcoming(m: CouncilMeeting, now: Date): boolean {
  const end = m.end === null ? Date.parse(m.start) + 4 * 3_600_000 : Date.parse(m.end);
  return end >= now.getTime();
}

/** „18. November 2026, 18:00 Uhr“ */
export const meetingTime = (m: CouncilMeeting): string => formatDateTime(m.start);

/**
 * The meeting calendar (all meetings, past ones too: a council calendar is also a record), built
 * with ical-generator like the event feeds (lib/calendar.ts): wall clock of Europe/Berlin with
 * VTIMEZONE, documentId as UID, cancelled meetings as STATUS:CANCELLED so subscribed calendars
 * strike them through instead of silently dropping them.
 */
export function meetingsIcs(idx: CouncilIndex, siteName: string, site: URL): string {
  const calendar = new ICalCalendar({
    prodId: { company: siteName, product: 'Stadtportal', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  calendar.name(t('council.feedName', { siteName }));
  calendar.url(new URL(meetingsPath(), site).href);
  calendar.source(new URL(meetingsIcsPath(), site).href);
  calendar.ttl(6 * 60 * 60);
  for (const m of idx.meetings) {
    const url = new URL(meetingPath(m.slug), site).href;
    const org = idx.organization(m.organization);
    const start = Date.parse(m.start);
    const end = m.end === null ? start + 2 * 3_600_000 : Date.parse(m.end);
    calendar.createEvent({
      id: `${m.documentId}@${site.hostname}`,
      stamp: new Date(Date.parse(m.updatedAt)),
      timezone: TIME_ZONE,
      start: new TZDate(start, TIME_ZONE),
      end: new TZDate(end, TIME_ZONE),
      summary: m.cancelled ? t('council.icsCancelled', { name: org.name }) : org.name,
      description: `${m.name}\n\n${t('calendar.moreAt', { url })}`,
      ...(m.location === null ? {} : { location: locationLine(idx.location(m.location)) }),
      url,
      status: m.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
