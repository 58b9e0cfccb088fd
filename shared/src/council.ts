import type { ContentIssue } from './errors.ts';
import { type ConsultationRole, type AgendaResult, type Council, type CouncilMeeting } from './schemas/council.ts';

/*
 * The council part of the snapshot (`council`): references between its lists and the
 * consultations derived from the agendas. The lists themselves are entries of the content
 * registry (src/registry): validated, pulled and quarantined like every other type.
 */

/** Content type names as the CMS API names them (cms/src/api/<type>/). */
export const COUNCIL_TYPES = {
  term: 'legislative-term',
  organization: 'council-organization',
  person: 'person',
  location: 'location',
  meeting: 'meeting',
  paper: 'paper',
} as const;

export const EMPTY_COUNCIL: Council = { terms: [], organizations: [], persons: [], locations: [], meetings: [], papers: [] };

/**
 * References between council entries must resolve inside the snapshot (a meeting of an
 * unpublished body would have no page to belong to), slugs and reference numbers are unique, and
 * no body is its own ancestor.
 */
export function checkCouncilReferences(c: Council, issues: ContentIssue[]): void {
  const push = (type: string, documentId: string, field: string, message: string) => issues.push({ type, documentId, field, message });
  const ids = (list: readonly { documentId: string }[]) => new Set(list.map((x) => x.documentId));
  const termIds = ids(c.terms);
  const orgs = new Map(c.organizations.map((o) => [o.documentId, o]));
  const personIds = ids(c.persons);
  const locationIds = ids(c.locations);
  const paperIds = ids(c.papers);

  const unique = <E extends { documentId: string }>(type: string, list: readonly E[], field: string, key: (e: E) => string) => {
    const seen = new Map<string, string>();
    for (const e of list) {
      const k = key(e);
      const other = seen.get(k);
      if (other !== undefined) push(type, e.documentId, field, `„${k}“ ist schon vergeben (${other})`);
      else seen.set(k, e.documentId);
    }
  };
  unique(COUNCIL_TYPES.term, c.terms, 'slug', (x) => x.slug);
  unique(COUNCIL_TYPES.organization, c.organizations, 'slug', (x) => x.slug);
  unique(COUNCIL_TYPES.person, c.persons, 'slug', (x) => x.slug);
  unique(COUNCIL_TYPES.location, c.locations, 'slug', (x) => x.slug);
  unique(COUNCIL_TYPES.meeting, c.meetings, 'slug', (x) => x.slug);
  unique(COUNCIL_TYPES.paper, c.papers, 'slug', (x) => x.slug);
  unique(COUNCIL_TYPES.paper, c.papers, 'reference', (x) => x.reference);

  for (const o of c.organizations) {
    const t = COUNCIL_TYPES.organization;
    if (!termIds.has(o.legislativeTerm)) push(t, o.documentId, 'legislativeTerm', `Wahlperiode ${o.legislativeTerm} ist nicht (veröffentlicht) vorhanden`);
    if (o.location !== null && !locationIds.has(o.location))
      push(t, o.documentId, 'location', `Sitzungsort ${o.location} ist nicht (veröffentlicht) vorhanden`);
    if (o.subOrganizationOf !== null) {
      if (!orgs.has(o.subOrganizationOf)) push(t, o.documentId, 'subOrganizationOf', `Gremium ${o.subOrganizationOf} ist nicht (veröffentlicht) vorhanden`);
      const chain = new Set([o.documentId]);
      for (let cur: string | null = o.subOrganizationOf; cur !== null; cur = orgs.get(cur)?.subOrganizationOf ?? null) {
        if (chain.has(cur)) {
          push(t, o.documentId, 'subOrganizationOf', 'Die Zuordnung der Gremien enthält einen Kreis');
          break;
        }
        chain.add(cur);
      }
    }
    o.memberships.forEach((m, i) => {
      if (!personIds.has(m.person)) push(t, o.documentId, `memberships.${i}.person`, `Person ${m.person} ist nicht (veröffentlicht) vorhanden`);
    });
  }
  for (const m of c.meetings) {
    const t = COUNCIL_TYPES.meeting;
    if (!orgs.has(m.organization)) push(t, m.documentId, 'organization', `Gremium ${m.organization} ist nicht (veröffentlicht) vorhanden`);
    if (m.location !== null && !locationIds.has(m.location))
      push(t, m.documentId, 'location', `Sitzungsort ${m.location} ist nicht (veröffentlicht) vorhanden`);
    const numbers = new Set<string>();
    m.agendaItems.forEach((a, i) => {
      if (numbers.has(a.number)) push(t, m.documentId, `agendaItems.${i}.number`, `Tagesordnungspunkt ${a.number} gibt es zweimal`);
      numbers.add(a.number);
      if (a.paper !== null && !paperIds.has(a.paper))
        push(t, m.documentId, `agendaItems.${i}.paper`, `Drucksache ${a.paper} ist nicht (veröffentlicht) vorhanden`);
    });
  }
}

/** One consultation of a paper (Beratung): derived from an agenda item that refers to it. */
export interface Consultation {
  paper: string;
  meeting: CouncilMeeting;
  /** Index of the agenda item in `meeting.agendaItems`. */
  agendaIndex: number;
  organization: string;
  role: ConsultationRole | null;
  /** OParl `authoritative`: the body decides (Entscheidung) rather than advises. */
  authoritative: boolean;
  result: AgendaResult | null;
}

/** Consultations of every paper, each paper's in meeting order (Beratungsfolge). */
export function consultationsByPaper(c: Council): Map<string, Consultation[]> {
  const out = new Map<string, Consultation[]>();
  const meetings = [...c.meetings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.documentId.localeCompare(b.documentId));
  for (const meeting of meetings) {
    meeting.agendaItems.forEach((a, agendaIndex) => {
      if (!a.public || a.paper === null) return;
      const list = out.get(a.paper) ?? [];
      list.push({
        paper: a.paper,
        meeting,
        agendaIndex,
        organization: meeting.organization,
        role: a.consultationRole,
        authoritative: a.consultationRole === 'entscheidung',
        result: a.result,
      });
      out.set(a.paper, list);
    });
  }
  return out;
}
