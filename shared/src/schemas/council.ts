import { z } from 'zod';
import { document, documentId, isoDateTime, nonBlank, slug } from './common.ts';

/** A real calendar day (not only its format: 2026-09-32 fails), as OParl's `date` requires. */
const isoDate = z.iso.date({ error: 'Gültiges Datum im Format JJJJ-MM-TT erwartet' });

/*
 * Digital council work (Ratsinformation): the town council, its committees and the local councils
 * of the Ortschaften, their public members, meetings with agendas, and papers (Vorlagen). Modelled
 * after OParl 1.1 (docs/adr/0010-council-information-and-oparl.md): the static OParl API and the
 * /rat/ pages are both generated from these objects. Consultations (Beratungsfolge) are not stored:
 * a paper is consulted wherever an agenda item refers to it (see shared/src/council.ts).
 */

/** A meeting room or building (OParl Location). */
export const councilLocation = z.strictObject({
  documentId,
  slug,
  /** Name as shown: „Rathaus, Ratssaal“. */
  name: nonBlank('Bezeichnung'),
  streetAddress: nonBlank('Straße und Hausnummer'),
  postalCode: z.string().regex(/^\d{5}$/, 'Postleitzahl mit fünf Ziffern erwartet'),
  locality: nonBlank('Ort'),
  /** Ortsteil / Ortschaft, where it is not the town itself. */
  subLocality: z.string().trim().min(1).nullable(),
  room: z.string().trim().min(1).nullable(),
});
export type CouncilLocation = z.infer<typeof councilLocation>;

/** An electoral term (Wahlperiode, OParl LegislativeTerm). */
export const legislativeTerm = z
  .strictObject({
    documentId,
    slug,
    name: nonBlank('Bezeichnung'),
    startDate: isoDate,
    endDate: isoDate.nullable(),
  })
  .refine((t) => t.endDate === null || t.endDate >= t.startDate, { path: ['endDate'], message: 'Ende liegt vor dem Beginn' });
export type LegislativeTerm = z.infer<typeof legislativeTerm>;

/** Kinds of council body, as the CMS enumeration stores them, with their German names. */
export const COUNCIL_ORGANIZATION_TYPES = {
  stadtrat: 'Stadtrat',
  ausschuss: 'Ausschuss',
  ortschaftsrat: 'Ortschaftsrat',
} as const;
export type CouncilOrganizationType = keyof typeof COUNCIL_ORGANIZATION_TYPES;

/**
 * Membership of a person in a body (OParl Membership). Only what is public anyway: role, voting
 * right, period and the faction the member sits for.
 */
export const councilMembership = z
  .strictObject({
    /** documentId of the person */
    person: documentId,
    role: nonBlank('Funktion'),
    votingRight: z.boolean(),
    startDate: isoDate,
    endDate: isoDate.nullable(),
    /** Faction or group the member represents (OParl onBehalfOf, here as a name). */
    onBehalfOf: z.string().trim().min(1).nullable(),
  })
  .refine((m) => m.endDate === null || m.endDate >= m.startDate, { path: ['endDate'], message: 'Ende liegt vor dem Beginn' });
export type CouncilMembership = z.infer<typeof councilMembership>;

/** A body of the council (Gremium, OParl Organization): Stadtrat, a committee, an Ortschaftsrat. */
export const councilOrganization = z.strictObject({
  documentId,
  slug,
  name: nonBlank('Name'),
  shortName: z.string().trim().min(1).nullable(),
  organizationType: z.enum(Object.keys(COUNCIL_ORGANIZATION_TYPES) as [CouncilOrganizationType, ...CouncilOrganizationType[]]),
  /** What the body decides on, one or two sentences. */
  description: nonBlank('Aufgaben'),
  /** documentId of the body it belongs to (a committee of the Stadtrat), or null. */
  subOrganizationOf: documentId.nullable(),
  /** documentId of the term it was formed for. */
  legislativeTerm: documentId,
  /** documentId of where it usually meets. */
  location: documentId.nullable(),
  memberships: z.array(councilMembership),
  updatedAt: isoDateTime,
});
export type CouncilOrganization = z.infer<typeof councilOrganization>;

/** A public council member (OParl Person): name and faction only — no address, phone or e-mail. */
export const councilPerson = z.strictObject({
  documentId,
  slug,
  givenName: nonBlank('Vorname'),
  familyName: nonBlank('Nachname'),
  /** „Frau“, „Herr“ or null. */
  formOfAddress: z.string().trim().min(1).nullable(),
  /** Academic title: „Dr.“ */
  title: z.string().trim().min(1).nullable(),
  /** Faction or party as shown next to the name. */
  faction: z.string().trim().min(1).nullable(),
  updatedAt: isoDateTime,
});
export type CouncilPerson = z.infer<typeof councilPerson>;

/** How a body deals with a paper on an agenda (OParl Consultation.role). */
export const CONSULTATION_ROLES = {
  vorberatung: 'Vorberatung',
  entscheidung: 'Entscheidung',
  kenntnisnahme: 'Kenntnisnahme',
} as const;
export type ConsultationRole = keyof typeof CONSULTATION_ROLES;

/** Outcome of an agenda item (OParl AgendaItem.result). */
export const AGENDA_RESULTS = {
  beschlossen: 'Beschlossen',
  geaendert_beschlossen: 'Geändert beschlossen',
  abgelehnt: 'Abgelehnt',
  vertagt: 'Vertagt',
  verwiesen: 'Verwiesen',
  zurueckgezogen: 'Zurückgezogen',
  zur_kenntnis: 'Zur Kenntnis genommen',
} as const;
export type AgendaResult = keyof typeof AGENDA_RESULTS;

const consultationRole = z.enum(Object.keys(CONSULTATION_ROLES) as [ConsultationRole, ...ConsultationRole[]]);
const agendaResult = z.enum(Object.keys(AGENDA_RESULTS) as [AgendaResult, ...AgendaResult[]]);

/**
 * An item of a meeting's agenda (Tagesordnungspunkt, OParl AgendaItem). A non-public item carries
 * its number only: its title, paper and result never reach the snapshot (the normaliser drops
 * them), so neither the site nor the OParl API can show them.
 */
export const agendaItem = z.discriminatedUnion('public', [
  z.strictObject({
    number: nonBlank('Nummer'),
    public: z.literal(true),
    name: nonBlank('Titel'),
    /** documentId of the paper discussed, or null (e.g. „Einwohnerfragestunde“). */
    paper: documentId.nullable(),
    consultationRole: consultationRole.nullable(),
    result: agendaResult.nullable(),
    resolutionText: z.string().trim().min(1).nullable(),
  }),
  z.strictObject({
    number: nonBlank('Nummer'),
    public: z.literal(false),
    name: z.null(),
    paper: z.null(),
    consultationRole: z.null(),
    result: z.null(),
    resolutionText: z.null(),
  }),
]);
export type AgendaItem = z.infer<typeof agendaItem>;

/** State of a meeting (OParl Meeting.meetingState), as the CMS enumeration stores it. */
export const MEETING_STATES = {
  terminiert: 'Terminiert',
  eingeladen: 'Eingeladen',
  durchgefuehrt: 'Durchgeführt',
} as const;
export type MeetingState = keyof typeof MEETING_STATES;

/** A meeting of one body (Sitzung, OParl Meeting); times are instants, shown in Europe/Berlin. */
export const councilMeeting = z
  .strictObject({
    documentId,
    slug,
    name: nonBlank('Bezeichnung'),
    /** documentId of the body that meets */
    organization: documentId,
    start: isoDateTime,
    end: isoDateTime.nullable(),
    /** documentId of the place, or null while it is not fixed */
    location: documentId.nullable(),
    meetingState: z.enum(Object.keys(MEETING_STATES) as [MeetingState, ...MeetingState[]]),
    cancelled: z.boolean(),
    agendaItems: z.array(agendaItem),
    invitation: document.nullable(),
    resultsProtocol: document.nullable(),
    updatedAt: isoDateTime,
  })
  .refine((m) => m.end === null || Date.parse(m.end) >= Date.parse(m.start), { path: ['end'], message: 'Ende liegt vor dem Beginn' });
export type CouncilMeeting = z.infer<typeof councilMeeting>;

/** Kinds of paper (Drucksache, OParl Paper.paperType), as the CMS enumeration stores them. */
export const PAPER_TYPES = {
  vorlage: 'Beschlussvorlage',
  antrag: 'Antrag',
  anfrage: 'Anfrage',
  mitteilung: 'Mitteilung',
} as const;
export type PaperType = keyof typeof PAPER_TYPES;

/** A paper (Drucksache, OParl Paper) with its reference number („BV/2026/012“). */
export const councilPaper = z.strictObject({
  documentId,
  slug,
  name: nonBlank('Betreff'),
  reference: z.string().regex(/^[A-Z]{1,4}\/\d{4}\/\d{1,4}$/, 'Drucksachennummer wie „BV/2026/012“ erwartet'),
  date: isoDate,
  paperType: z.enum(Object.keys(PAPER_TYPES) as [PaperType, ...PaperType[]]),
  /** Who submitted it: „Oberbürgermeister“, „Fraktion …“. */
  originator: nonBlank('Einreicher'),
  summary: nonBlank('Kurzfassung').max(600, 'Kurzfassung: höchstens 600 Zeichen'),
  mainFile: document.nullable(),
  updatedAt: isoDateTime,
});
export type CouncilPaper = z.infer<typeof councilPaper>;

/** The council part of the snapshot. */
export interface Council {
  terms: LegislativeTerm[];
  organizations: CouncilOrganization[];
  persons: CouncilPerson[];
  locations: CouncilLocation[];
  meetings: CouncilMeeting[];
  papers: CouncilPaper[];
}
