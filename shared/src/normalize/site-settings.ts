import { z } from 'zod';
import { siteSettings, TOP_TASK_KINDS, type SiteSettings, type TopTaskKind } from '../schemas/site-settings.ts';
import { begin, check, imageComponent, missing, relation, report, reportZod, requiredRelation, type Entry, type NormalizeRun } from './helpers.ts';
import { videoComponent } from './video.ts';

/* Die Einstellungen (single type api::site-setting.site-setting) → contract. */

export const SITE_SETTINGS_TYPE = 'site-settings';

export const LEGAL_PAGES = {
  impressum: 'Impressum',
  datenschutz: 'Datenschutzerklärung',
  barrierefreiheit: 'Erklärung zur Barrierefreiheit',
  leichteSprache: 'Leichte Sprache',
  gebaerdensprache: 'Gebärdensprache',
} as const;
type LegalPage = keyof typeof LEGAL_PAGES;

const rawSettings = z.looseObject({
  mainNavigation: z.array(relation, { error: missing('Hauptnavigation') }),
  impressum: relation.nullable(),
  datenschutz: relation.nullable(),
  barrierefreiheit: relation.nullable(),
  leichteSprache: relation.nullable(),
  gebaerdensprache: relation.nullable(),
  social: z.array(z.looseObject({ network: z.unknown(), handle: z.unknown(), url: z.unknown() })).nullish(),
  primaryColor: z.unknown(),
  accentColor: z.unknown(),
  // null: not set; absent: not populated (reported, not read as „no picture“).
  logo: z.looseObject({ alt: z.unknown(), media: z.unknown() }, { error: missing('Komponente') }).nullable(),
  heroImage: z.looseObject({ alt: z.unknown(), media: z.unknown() }, { error: missing('Komponente') }).nullable(),
  topTasks: z.array(z.looseObject({ service: relation.nullable(), onlineService: relation.nullable(), page: relation.nullable() }), {
    error: missing('Komponente'),
  }),
});

/**
 * „Häufig gesucht“ entries → { kind, target }. The CMS lets an editor pick one target per entry;
 * a target that is not published comes back as null, and the entry is left out, as an
 * unpublished page is left out of the main navigation. Two targets in one entry are an error.
 */
function topTasksOf(e: Entry, raw: z.infer<typeof rawSettings>['topTasks']): { kind: TopTaskKind; target: string }[] {
  return raw.flatMap((entry, i) => {
    const chosen = (Object.keys(TOP_TASK_KINDS) as TopTaskKind[]).flatMap((kind) => {
      const rel = entry[kind];
      return rel ? [{ kind, target: rel.documentId }] : [];
    });
    if (chosen.length > 1) report(e, `topTasks.${i}`, 'Nur ein Ziel je Eintrag wählen: Leistung, Online-Dienst oder Seite');
    return chosen.length === 1 ? chosen : [];
  });
}

export function normalizeSiteSettings(run: NormalizeRun, raw: unknown): SiteSettings | undefined {
  // The snapshot names the single type by type alone ("–"), as validateSnapshot does.
  const e = begin(run, SITE_SETTINGS_TYPE, raw, '–');
  const parsed = rawSettings.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  const legalPages: Partial<Record<LegalPage, string>> = {};
  for (const key of Object.keys(LEGAL_PAGES) as LegalPage[]) {
    const id = requiredRelation(e, `legalPages.${key}`, r[key], `Pflichtseite „${LEGAL_PAGES[key]}“`);
    if (id !== undefined) legalPages[key] = id;
  }
  return check(e, siteSettings, {
    siteName: r.siteName,
    claim: r.claim,
    accessibilityFeedbackEmail: r.accessibilityFeedbackEmail,
    mainNavigation: r.mainNavigation.map((p) => p.documentId),
    legalPages,
    social: (r.social ?? []).map((s) => ({ network: s.network, handle: s.handle, url: s.url })),
    primaryColor: r.primaryColor,
    accentColor: r.accentColor,
    logo: imageComponent(e, 'logo', r.logo),
    heroImage: imageComponent(e, 'heroImage', r.heroImage),
    dgsVideo: videoComponent(e, 'dgsVideo', r.dgsVideo),
    topTasks: topTasksOf(e, r.topTasks),
  });
}
