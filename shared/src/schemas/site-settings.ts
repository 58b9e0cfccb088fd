import { z } from 'zod';
import { checkBrandColour, type BrandColours } from '../rules/index.ts';
import { documentId, image, nonBlank, webUrl } from './common.ts';
import { video } from './video.ts';

export const SOCIAL_NETWORKS = { facebook: 'Facebook', instagram: 'Instagram' } as const;
export type SocialNetwork = keyof typeof SOCIAL_NETWORKS;

/** What a „Häufig gesucht“ entry on the home page may lead to. */
export const TOP_TASK_KINDS = { service: 'Leistung', onlineService: 'Online-Dienst', page: 'Seite' } as const;
export type TopTaskKind = keyof typeof TOP_TASK_KINDS;
export const MAX_TOP_TASKS = 8;

/** One „Häufig gesucht“ entry: a service card, an Online-Dienst or a content page, by documentId. */
export const topTask = z.strictObject({
  kind: z.enum(Object.keys(TOP_TASK_KINDS) as [TopTaskKind, ...TopTaskKind[]]),
  target: documentId,
});
export type TopTask = z.infer<typeof topTask>;

/** A colour of the town (#rrggbb) that keeps every pair of the site it takes part in readable. */
const brandColour = (field: keyof BrandColours) =>
  z.string().superRefine((value, ctx) => {
    const problem = checkBrandColour(field, value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * The single type "Website-Einstellungen". The five legal/BITV pages are required: every page
 * of the site links them in its footer (BITV 2.0, DSGVO, TMG/DDG). The corporate design's
 * editable part — two colours, the logo, the home page's picture and top tasks — lives here too;
 * the colours must keep every text/background pair of the site readable (shared/src/rules/contrast.ts).
 */
export const siteSettings = z.strictObject({
  siteName: nonBlank('Name der Website'),
  claim: nonBlank('Claim'),
  /** "Barriere melden" on every page writes to this address (BITV 2.0 feedback mechanism). */
  accessibilityFeedbackEmail: z.email('E-Mail-Adresse für Rückmeldungen zur Barrierefreiheit erwartet'),
  /** Top-level navigation, in order: documentIds of pages. */
  mainNavigation: z.array(documentId).min(1, 'Die Hauptnavigation braucht mindestens einen Eintrag'),
  legalPages: z.strictObject({
    impressum: documentId,
    datenschutz: documentId,
    barrierefreiheit: documentId,
    leichteSprache: documentId,
    gebaerdensprache: documentId,
  }),
  social: z.array(
    z.strictObject({
      network: z.enum(Object.keys(SOCIAL_NETWORKS) as [SocialNetwork, ...SocialNetwork[]]),
      handle: nonBlank('Name des Profils'),
      url: webUrl,
    }),
  ),
  /** Links, header, footer, buttons: a dark colour (white text on it, it on white, ≥ 4.5:1). */
  primaryColor: brandColour('primaryColor'),
  /** Accent lines, pictograms, the „Mängel melden“ button: white text on it ≥ 4.5:1. */
  accentColor: brandColour('accentColor'),
  /** The town's sign beside its name in the header; null: the name alone. */
  logo: image.nullable(),
  /** The home page's picture, chosen by the editors, with its alt text; null: no picture. */
  heroImage: image.nullable(),
  /** „Häufig gesucht“ on the home page, in the editors' order. */
  topTasks: z.array(topTask).max(MAX_TOP_TASKS, `Höchstens ${MAX_TOP_TASKS} Einträge unter „Häufig gesucht“`),
  /** The home page's welcome in German Sign Language (DGS), beside the link to the DGS page; absent in older snapshots. */
  dgsVideo: video.nullable().default(null),
});
export type SiteSettings = z.infer<typeof siteSettings>;
