import type { UID } from '@strapi/strapi';
import { count, lookup, type SeedContext } from './context';
import { seedInstant } from './events';
import { renderPdf, type PdfSection } from './pdf';
import { sameData, type DraftAndPublishUid, type Outcome, type SeedData } from './upsert';

/*
 * Council information (Ratsinformation): Wahlperiode, Sitzungsorte, Ratsmitglieder, Gremien with
 * their memberships, Drucksachen and Sitzungen with their agendas. Seed content refers to entries
 * by slug; agendas are assembled here from each paper's consultations, so the Beratungsfolge of a
 * paper and the agendas of the meetings cannot contradict each other. PDFs (papers, invitations,
 * minutes) are generated at seed time like the Amtsblatt (./pdf.ts): deterministic bytes, so a
 * second run finds them by hash and changes nothing.
 */

export interface SeedLegislativeTerm {
  slug: string;
  name: string;
  startDate: string;
  endDate?: string;
}

export interface SeedCouncilLocation {
  slug: string;
  name: string;
  streetAddress: string;
  postalCode: string;
  locality: string;
  subLocality?: string;
  room?: string;
}

export interface SeedPerson {
  slug: string;
  formOfAddress: 'Frau' | 'Herr' | null;
  title: string | null;
  givenName: string;
  familyName: string;
  faction: string | null;
}

export interface SeedMembership {
  /** slug of a SeedPerson */
  person: string;
  role: string;
  votingRight: boolean;
  startDate: string;
  endDate?: string;
  onBehalfOf: string | null;
}

export interface SeedCouncilOrganization {
  slug: string;
  name: string;
  shortName?: string;
  organizationType: 'stadtrat' | 'ausschuss' | 'ortschaftsrat';
  description: string;
  /** slug of the parent body, listed before this one */
  subOrganizationOf?: string;
  /** slug of a SeedLegislativeTerm */
  legislativeTerm: string;
  /** slug of a SeedCouncilLocation */
  location?: string;
  memberships: readonly SeedMembership[];
}

export interface SeedPaperConsultation {
  /** slug of a SeedCouncilMeeting */
  meeting: string;
  role: 'vorberatung' | 'entscheidung' | 'kenntnisnahme';
  /** null: not decided yet (a future meeting) */
  result: 'beschlossen' | 'geaendert_beschlossen' | 'abgelehnt' | 'vertagt' | 'verwiesen' | 'zurueckgezogen' | 'zur_kenntnis' | null;
}

export interface SeedCouncilPaper {
  slug: string;
  reference: string;
  paperType: 'vorlage' | 'antrag' | 'anfrage' | 'mitteilung';
  date: string;
  name: string;
  originator: string;
  summary: string;
  /** Where it is discussed, in order: becomes agenda items of those meetings. */
  consultations: readonly SeedPaperConsultation[];
}

export interface SeedCouncilMeeting {
  slug: string;
  name: string;
  /** slug of a SeedCouncilOrganization */
  organization: string;
  /** wall clock with offset, checked against Europe/Berlin (see ./events.ts seedInstant) */
  start: string;
  end: string | null;
  /** slug of a SeedCouncilLocation */
  location: string;
  meetingState: 'terminiert' | 'eingeladen' | 'durchgefuehrt';
  cancelled: boolean;
  /** Topics of the non-public part: kept in the CMS for the editors, never published. */
  nonPublic: readonly string[];
}

export interface SeedCouncil {
  terms: readonly SeedLegislativeTerm[];
  locations: readonly SeedCouncilLocation[];
  persons: readonly SeedPerson[];
  organizations: readonly SeedCouncilOrganization[];
  papers: readonly SeedCouncilPaper[];
  meetings: readonly SeedCouncilMeeting[];
}

type CouncilUid = Extract<
  DraftAndPublishUid,
  | 'api::legislative-term.legislative-term'
  | 'api::location.location'
  | 'api::person.person'
  | 'api::council-organization.council-organization'
  | 'api::meeting.meeting'
  | 'api::paper.paper'
>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A stored document reduced to the shape of the seed data: a relation (populated object) becomes
 * its documentId where the seed wrote one, a media file its id, a component its seeded fields.
 * Then „already like this?“ is a deep comparison, as in ./upsert.ts — which has no notion of
 * relations inside repeatable components (a membership's person, an agenda item's paper).
 */
function shapeLike(stored: unknown, want: unknown): unknown {
  if (Array.isArray(want)) {
    if (!Array.isArray(stored)) return stored ?? null;
    return stored.map((s: unknown, i) => shapeLike(s, want[i] ?? want[0]));
  }
  if (isRecord(want)) {
    if (!isRecord(stored)) return stored ?? null;
    return Object.fromEntries(Object.keys(want).map((k) => [k, shapeLike(stored[k], want[k])]));
  }
  if (typeof want === 'string' && isRecord(stored) && typeof stored.documentId === 'string') return stored.documentId;
  if (typeof want === 'number' && isRecord(stored) && typeof stored.id === 'number') return stored.id;
  return stored ?? null;
}

async function upsert(
  ctx: SeedContext,
  uid: CouncilUid & UID.ContentType,
  data: SeedData,
  populate: Record<string, true | { populate: Record<string, true> }>,
): Promise<string> {
  const documents = ctx.strapi.documents(uid);
  const slug = data.slug;
  if (typeof slug !== 'string' || slug === '') throw new Error(`Seed (${uid}): Slug fehlt`);
  let outcome: Outcome;
  let documentId: string;
  const draft = await documents.findFirst({ filters: { slug: { $eq: slug } }, status: 'draft', populate });
  if (!draft) {
    documentId = (await documents.create({ data, status: 'draft' })).documentId;
    outcome = 'created';
  } else {
    documentId = draft.documentId;
    const published = await documents.findOne({ documentId, status: 'published', populate });
    if (published && sameData(shapeLike(draft, data) as SeedData, data) && sameData(shapeLike(published, data) as SeedData, data)) {
      ctx.tally.add('unchanged');
      return documentId;
    }
    await documents.update({ documentId, data, status: 'draft' });
    outcome = 'updated';
  }
  await documents.publish({ documentId });
  ctx.tally.add(outcome);
  return documentId;
}

const TOWN = 'Stadt Aschersleben';
const DEMO_NOTE = 'Demo-Dokument des Stadtportals: erzeugt aus den Demo-Inhalten, kein amtlicher Text.';
const PAPER_LABEL: Record<SeedCouncilPaper['paperType'], string> = {
  vorlage: 'Beschlussvorlage',
  antrag: 'Antrag',
  anfrage: 'Anfrage',
  mitteilung: 'Mitteilung',
};
const ROLE_LABEL: Record<SeedPaperConsultation['role'], string> = {
  vorberatung: 'Vorberatung',
  entscheidung: 'Entscheidung',
  kenntnisnahme: 'Kenntnisnahme',
};
const RESULT_LABEL: Record<NonNullable<SeedPaperConsultation['result']>, string> = {
  beschlossen: 'beschlossen',
  geaendert_beschlossen: 'geändert beschlossen',
  abgelehnt: 'abgelehnt',
  vertagt: 'vertagt',
  verwiesen: 'verwiesen',
  zurueckgezogen: 'zurückgezogen',
  zur_kenntnis: 'zur Kenntnis genommen',
};

const germanDate = (iso: string): string =>
  new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
/** A week before the meeting: the invitation's date (§ 53 KVG LSA: at least one week). */
const weekBefore = (iso: string): string => new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
const fileName = (s: string): string => s.replace(/[^A-Za-z0-9_.-]+/g, '-');

interface AgendaEntry {
  number: string;
  public: boolean;
  name: string;
  /** slug of the paper */
  paper: string | null;
  consultationRole: SeedPaperConsultation['role'] | null;
  result: SeedPaperConsultation['result'];
}

/** The agenda of one meeting: fixed opening items, the papers, questions, then the non-public part. */
function agendaOf(meeting: SeedCouncilMeeting, papers: readonly SeedCouncilPaper[]): AgendaEntry[] {
  const open: Omit<AgendaEntry, 'number'>[] = [
    { public: true, name: 'Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit', paper: null, consultationRole: null, result: null },
    { public: true, name: 'Feststellung der Tagesordnung', paper: null, consultationRole: null, result: null },
    { public: true, name: 'Einwohnerfragestunde', paper: null, consultationRole: null, result: null },
  ];
  for (const p of papers) {
    for (const c of p.consultations) {
      if (c.meeting === meeting.slug) open.push({ public: true, name: p.name, paper: p.slug, consultationRole: c.role, result: c.result });
    }
  }
  open.push({ public: true, name: 'Anfragen und Anregungen', paper: null, consultationRole: null, result: null });
  return [
    ...open.map((a, i) => ({ ...a, number: `Ö ${i + 1}` })),
    ...meeting.nonPublic.map((name, i) => ({ number: `N ${i + 1}`, public: false, name, paper: null, consultationRole: null, result: null })),
  ];
}

export async function seedCouncil(ctx: SeedContext, input: SeedCouncil): Promise<string> {
  const termIds = new Map<string, string>();
  for (const t of input.terms) {
    termIds.set(
      t.slug,
      await upsert(ctx, 'api::legislative-term.legislative-term', { name: t.name, slug: t.slug, startDate: t.startDate, endDate: t.endDate ?? null }, {}),
    );
  }
  const locationIds = new Map<string, string>();
  for (const l of input.locations) {
    const data = {
      name: l.name,
      slug: l.slug,
      streetAddress: l.streetAddress,
      postalCode: l.postalCode,
      locality: l.locality,
      subLocality: l.subLocality ?? null,
      room: l.room ?? null,
    };
    locationIds.set(l.slug, await upsert(ctx, 'api::location.location', data, {}));
  }
  const personIds = new Map<string, string>();
  for (const p of input.persons) {
    const data = { formOfAddress: p.formOfAddress, title: p.title, givenName: p.givenName, familyName: p.familyName, slug: p.slug, faction: p.faction };
    personIds.set(p.slug, await upsert(ctx, 'api::person.person', data, {}));
  }
  const orgIds = new Map<string, string>();
  for (const o of input.organizations) {
    const where = `Gremium „${o.slug}“`;
    const data: SeedData = {
      name: o.name,
      slug: o.slug,
      shortName: o.shortName ?? null,
      organizationType: o.organizationType,
      description: o.description,
      subOrganizationOf:
        o.subOrganizationOf === undefined ? null : lookup(orgIds, o.subOrganizationOf, 'übergeordnetes Gremium (weiter oben aufführen)', where),
      legislativeTerm: lookup(termIds, o.legislativeTerm, 'Wahlperiode', where),
      location: o.location === undefined ? null : lookup(locationIds, o.location, 'Sitzungsort', where),
      memberships: o.memberships.map((m) => ({
        person: lookup(personIds, m.person, 'Person', where),
        role: m.role,
        votingRight: m.votingRight,
        startDate: m.startDate,
        endDate: m.endDate ?? null,
        onBehalfOf: m.onBehalfOf,
      })),
    };
    const populate = { subOrganizationOf: true, legislativeTerm: true, location: true, memberships: { populate: { person: true } } } as const;
    orgIds.set(o.slug, await upsert(ctx, 'api::council-organization.council-organization', data, populate));
  }

  const meetingSlugs = new Set(input.meetings.map((m) => m.slug));
  const meetingBySlug = new Map(input.meetings.map((m) => [m.slug, m]));
  const orgName = new Map(input.organizations.map((o) => [o.slug, o.name]));
  const paperIds = new Map<string, string>();
  for (const p of input.papers) {
    const where = `Drucksache „${p.reference}“`;
    for (const c of p.consultations) {
      if (!meetingSlugs.has(c.meeting)) throw new Error(`Seed: ${where} verweist auf unbekannte Sitzung „${c.meeting}“`);
    }
    const flow = p.consultations.map((c) => {
      const m = meetingBySlug.get(c.meeting);
      const body = m === undefined ? c.meeting : (orgName.get(m.organization) ?? m.organization);
      return `${m === undefined ? '' : germanDate(m.start)} – ${body} – ${ROLE_LABEL[c.role]}`;
    });
    const sections: PdfSection[] = [
      { heading: 'Einreicher', items: [p.originator] },
      { heading: 'Beschlussvorschlag und Sachverhalt', items: [p.summary] },
      { heading: 'Beratungsfolge', items: flow, bulleted: true },
    ];
    const bytes = renderPdf({
      title: `${PAPER_LABEL[p.paperType]} ${p.reference}`,
      subtitle: `${p.name} · ${germanDate(p.date)}`,
      sections,
      footer: [`${TOWN}, Büro für Ratsangelegenheiten, Markt 1, 06449 Aschersleben.`, DEMO_NOTE],
      author: TOWN,
      date: p.date,
    });
    const file = await ctx.media.document({ name: `${fileName(p.reference)}.pdf`, bytes });
    const data: SeedData = {
      name: p.name,
      slug: p.slug,
      reference: p.reference,
      date: p.date,
      paperType: p.paperType,
      originator: p.originator,
      summary: p.summary,
      mainFile: file.id,
    };
    paperIds.set(p.slug, await upsert(ctx, 'api::paper.paper', data, { mainFile: true }));
  }

  const paperBySlug = new Map(input.papers.map((p) => [p.slug, p]));
  for (const m of input.meetings) {
    const where = `Sitzung „${m.slug}“`;
    const start = seedInstant(m.start, 'Europe/Berlin', `${where}, Beginn`);
    const end = m.end === null ? null : seedInstant(m.end, 'Europe/Berlin', `${where}, Ende`);
    if (end !== null && Date.parse(end) < Date.parse(start)) throw new Error(`Seed: ${where}: Ende liegt vor dem Beginn`);
    const agenda = agendaOf(m, input.papers);
    const publicLine = (a: AgendaEntry) => {
      const paper = a.paper === null ? undefined : paperBySlug.get(a.paper);
      return a.public ? `${a.number}  ${a.name}${paper ? ` (${paper.reference})` : ''}` : `${a.number}  nicht öffentlich`;
    };
    const place = input.locations.find((l) => l.slug === m.location);
    const placeLine = place ? `${place.name}${place.room ? `, ${place.room}` : ''}, ${place.streetAddress}, ${place.postalCode} ${place.locality}` : '';
    const time = m.start.slice(11, 16);
    let invitation: number | null = null;
    if (m.meetingState !== 'terminiert') {
      const date = weekBefore(m.start);
      const bytes = renderPdf({
        title: `Einladung zur ${m.name}`,
        subtitle: `${germanDate(m.start)}, ${time} Uhr · ${placeLine}`,
        sections: [{ heading: 'Tagesordnung', items: agenda.map(publicLine) }],
        footer: [`${TOWN}, ${germanDate(date)}.`, DEMO_NOTE],
        author: TOWN,
        date,
      });
      invitation = (await ctx.media.document({ name: `Einladung-${m.slug}.pdf`, bytes })).id;
    }
    let resultsProtocol: number | null = null;
    if (m.meetingState === 'durchgefuehrt' && !m.cancelled) {
      const lines = agenda.filter((a) => a.public).map((a) => `${publicLine(a)}${a.result ? ` – ${RESULT_LABEL[a.result]}` : ''}`);
      const bytes = renderPdf({
        title: `Niederschrift über die ${m.name}`,
        subtitle: `Öffentlicher Teil · ${placeLine}`,
        sections: [{ heading: 'Verlauf und Ergebnisse', items: lines }],
        footer: [`${TOWN}, Büro für Ratsangelegenheiten.`, DEMO_NOTE],
        author: TOWN,
        date: m.start.slice(0, 10),
      });
      resultsProtocol = (await ctx.media.document({ name: `Niederschrift-${m.slug}.pdf`, bytes })).id;
    }
    const data: SeedData = {
      name: m.name,
      slug: m.slug,
      organization: lookup(orgIds, m.organization, 'Gremium', where),
      start,
      end,
      location: lookup(locationIds, m.location, 'Sitzungsort', where),
      meetingState: m.meetingState,
      cancelled: m.cancelled,
      agendaItems: agenda.map((a) => ({
        number: a.number,
        public: a.public,
        name: a.name,
        paper: a.paper === null ? null : lookup(paperIds, a.paper, 'Drucksache', where),
        consultationRole: a.consultationRole,
        result: a.result,
        resolutionText: null,
      })),
      invitation,
      resultsProtocol,
    };
    const populate = { organization: true, location: true, agendaItems: { populate: { paper: true } }, invitation: true, resultsProtocol: true } as const;
    await upsert(ctx, 'api::meeting.meeting', data, populate);
  }
  const bodies = input.organizations.length;
  return `${count(bodies, 'Gremium', 'Gremien')}, ${count(input.persons.length, 'Ratsmitglied', 'Ratsmitglieder')}, ${count(input.meetings.length, 'Sitzung', 'Sitzungen')}, ${count(input.papers.length, 'Drucksache', 'Drucksachen')}`;
}
