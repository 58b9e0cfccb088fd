// Content model, normalisation rules and URL scheme: docs/CONTENT-MODEL.md.
/*
 * The demo town's content as authored in this repository (German text written by us). The
 * seeder (./index.ts) turns it into Strapi documents. References are by slug here because a
 * fresh database has no documentIds yet; page slugs are unique across all seed pages.
 */

/** An illustration from cms/seed-assets/<file> (SVG, rasterised to PNG on upload). */
export interface SeedImage {
  file: string;
  /** Real alternative text: what the picture shows, for people who cannot see it. */
  alt: string;
}

export interface SeedText {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export interface SeedLink {
  type: 'link';
  url: string;
  children: SeedText[];
}
export type SeedInline = SeedText | SeedLink;
export interface SeedListItem {
  type: 'list-item';
  children: SeedInline[];
}
/** Strapi 5 blocks, plus `seed-image`, which the seeder replaces with an uploaded image block. */
export type SeedBlock =
  | { type: 'paragraph'; children: SeedInline[] }
  | { type: 'heading'; level: 2 | 3 | 4; children: SeedInline[] }
  | { type: 'quote'; children: SeedInline[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: SeedListItem[] }
  | { type: 'seed-image'; image: SeedImage };

export type OrganisationKind = 'stadtverwaltung' | 'eigenbetrieb' | 'anstalt' | 'gmbh' | 'feuerwehr' | 'einrichtung';

export interface SeedOrganisation {
  slug: string;
  name: string;
  kind: OrganisationKind;
  /** Lives under the town's domain (Stadt, Kulturanstalt, Kreativwerkstatt, Feuerwehr). */
  bundled: boolean;
  shortDescription: string;
  logo?: SeedImage;
  address: { street: string; postalCode: string; city: string };
  phone?: string;
  email?: string;
  website?: string;
  formerDomains: string[];
}

export interface SeedPage {
  slug: string;
  title: string;
  /** slug of a SeedOrganisation */
  organisation: string;
  /** slug of the parent SeedPage, null for a top-level page */
  parent: string | null;
  summary: string;
  /** ≤ 160 characters */
  seoDescription: string;
  body: SeedBlock[];
  image?: SeedImage;
  /** A video under the text (shared.video); made by the seed with ffmpeg (../video.ts). */
  video?: SeedVideo;
}

/** One caption of a seed video, times in seconds. */
export interface SeedCue {
  from: number;
  to: number;
  text: string;
}

/** A demo video: its files are generated (test pattern), its text comes from here. */
export interface SeedVideo {
  /** Base of the file names in the media library (dgs-willkommen → dgs-willkommen.mp4 …). */
  name: string;
  title: string;
  /** Spoken language: then captions are required. false: only German Sign Language. */
  speech: boolean;
  seconds: number;
  /** Captions (WebVTT); empty: none. */
  cues: SeedCue[];
  transcript: string;
  /** Alt text of the poster in the media library. */
  posterAlt: string;
}

export interface SeedNews {
  slug: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  organisation: string;
  teaser: string;
  body: SeedBlock[];
  image?: SeedImage;
}

export interface SeedSettings {
  siteName: string;
  claim: string;
  /** page slugs, in order */
  mainNavigation: string[];
  impressum: string;
  datenschutz: string;
  barrierefreiheit: string;
  leichteSprache: string;
  gebaerdensprache: string;
  /** Where "Barriere melden" (on every page) sends its e-mail: BITV 2.0 feedback mechanism. */
  accessibilityFeedbackEmail: string;
  social: { network: 'facebook' | 'instagram'; handle: string; url: string }[];
  /** The town's colours (#rrggbb); the CMS refuses colours that break the site's contrast. */
  primaryColor: string;
  accentColor: string;
  /** The town's sign beside its name in the site's header. */
  logo: SeedImage | null;
  /** The home page's picture. */
  heroImage: SeedImage | null;
  /** The home page's welcome in German Sign Language, beside the link to the DGS page. */
  dgsVideo?: SeedVideo | null;
  /** „Häufig gesucht“ on the home page, in order: one target each, by slug. */
  topTasks: SeedTopTask[];
}

export type SeedTopTask = { service: string } | { onlineService: string } | { page: string };

export type SeedWeekday = 'mo' | 'di' | 'mi' | 'do' | 'fr' | 'sa' | 'so';

/** An office or an institution's visitor desk (content type api::office.office). */
export interface SeedOffice {
  slug: string;
  name: string;
  kind: 'amt' | 'fachbereich' | 'einrichtung';
  /** slug of a SeedOrganisation */
  organisation: string;
  /** ≤ 500 characters */
  description: string;
  address: { street: string; postalCode: string; city: string };
  room?: string;
  phone?: string;
  email?: string;
  accessibility: { stepFree: boolean; accessibleToilet: boolean; parking?: string; notes?: string };
  openingHours: {
    closedOnPublicHolidays: boolean;
    /** times as HH:MM, Europe/Berlin wall clock */
    weekly: { weekday: SeedWeekday; from: string; to: string; note?: string }[];
    /** a day with other hours: closed, or up to two slots (the CMS stores them flat) */
    exceptions: { date: string; reason: string; closed: boolean; slots: { from: string; to: string }[] }[];
    closures: { from: string; to: string; reason: string }[];
  };
}
