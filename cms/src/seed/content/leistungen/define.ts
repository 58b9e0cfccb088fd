import { p, ul } from '../../blocks';
import type { SeedLink, SeedService } from '../../services';
import type { SeedBlock } from '../../types';
import { ORG, type OrgSlug } from '../ids';

/*
 * A compact way to write a service card: a section is a list of parts, each a paragraph
 * (string), a bulleted list (string[]) or any other block. Sections left out stay empty and the
 * site shows „Keine Angaben“ for them — better than a made-up sentence.
 */

type Part = string | string[] | SeedBlock;
type Section = readonly Part[];

const blocksOf = (section: Section | undefined): SeedBlock[] =>
  (section ?? []).map((part) => (typeof part === 'string' ? p(part) : Array.isArray(part) ? ul(...part) : part));

export interface ServiceInput {
  slug: string;
  title: string;
  synonyms?: string[];
  leikaKey?: string;
  /** Defaults to the town administration. */
  organisation?: OrgSlug;
  /** slug of the responsible office (cms/src/seed/content/offices.ts) */
  office: string;
  summary: string;
  description: Section;
  eligibility?: Section;
  requirements?: Section;
  documents?: Section;
  fees?: Section;
  deadlines?: Section;
  processingTime?: Section;
  legalBasis?: Section;
  /** Online applications on federal/state portals: become link-out Online-Dienste (../online-services.ts). */
  onlineLinks?: SeedLink[];
  /** The card offers the town's appointment booking, preset to this service and its office. */
  appointment?: boolean;
}

export function service(s: ServiceInput): SeedService {
  return {
    slug: s.slug,
    title: s.title,
    synonyms: s.synonyms ?? [],
    leikaKey: s.leikaKey ?? null,
    organisation: s.organisation ?? ORG.stadt,
    office: s.office,
    summary: s.summary,
    description: blocksOf(s.description),
    eligibility: blocksOf(s.eligibility),
    requirements: blocksOf(s.requirements),
    documents: blocksOf(s.documents),
    fees: blocksOf(s.fees),
    deadlines: blocksOf(s.deadlines),
    processingTime: blocksOf(s.processingTime),
    legalBasis: blocksOf(s.legalBasis),
    onlineLinks: s.onlineLinks ?? [],
    appointment: s.appointment ?? false,
  };
}

/*
 * Online services. The federal portals (Digitale Wohnsitzanmeldung, Bundesamt für Justiz,
 * ELSTER, Personalausweisportal) are their real addresses. The deep links into the state's
 * service portal (Bürger- und Unternehmensservice Sachsen-Anhalt) are demo paths under its
 * real host: the portal assigns its own addresses per municipality.
 */
const LSA = 'https://www.service.sachsen-anhalt.de';
export const ONLINE = {
  wohnsitzanmeldung: { label: 'Wohnsitz online anmelden (Digitale Wohnsitzanmeldung, mit Online-Ausweis)', url: 'https://wohnsitzanmeldung.gov.de/' },
  fuehrungszeugnis: { label: 'Führungszeugnis online beim Bundesamt für Justiz beantragen', url: 'https://www.fuehrungszeugnis.bund.de/' },
  gewerbezentralregister: { label: 'Auskunft aus dem Gewerbezentralregister online beantragen', url: 'https://www.fuehrungszeugnis.bund.de/' },
  personalausweisportal: { label: 'Alles zum Online-Ausweis (Personalausweisportal des Bundes)', url: 'https://www.personalausweisportal.de/' },
  elster: { label: 'Fragebogen zur steuerlichen Erfassung über ELSTER', url: 'https://www.elster.de/' },
  portal: (path: string, label: string): SeedLink => ({ label, url: `${LSA}/${path}` }),
} as const;

/*
 * LeiKa keys: only on a few cards, as demo values in the 14-digit format of the Leistungskatalog.
 * They are not checked against the FIM catalogue; a real deployment takes them from there
 * (or from the state's XZuFi feed) before going live.
 */
