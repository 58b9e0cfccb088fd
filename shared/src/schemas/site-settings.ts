import { z } from 'zod';
import { documentId, nonBlank, webUrl } from './common.ts';

export const SOCIAL_NETWORKS = { facebook: 'Facebook', instagram: 'Instagram' } as const;
export type SocialNetwork = keyof typeof SOCIAL_NETWORKS;

/**
 * The single type "Website-Einstellungen". The five legal/BITV pages are required: every page
 * of the site links them in its footer (BITV 2.0, DSGVO, TMG/DDG).
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
});
export type SiteSettings = z.infer<typeof siteSettings>;
