import { z } from 'zod';
import { InvalidContentError, issuesFromZod, ssiIssues, type ContentIssue } from './errors.ts';
import { newsArticle, type NewsArticle } from './schemas/news-article.ts';
import { office, type Office } from './schemas/office.ts';
import { organisation, type Organisation } from './schemas/organisation.ts';
import { amtsblattIssue, publicNotice, type AmtsblattIssue, type PublicNotice } from './schemas/notice.ts';
import { event, type Event } from './schemas/event.ts';
import { lifeEvent, type LifeEvent } from './schemas/life-event.ts';
import { page, pageTranslation, type Page, type PageTranslation } from './schemas/page.ts';
import { service, type Service } from './schemas/service.ts';
import type { OnlineService } from './schemas/online-service.ts';
import { normalizeOnlineService } from './normalize-online-service.ts';
import { siteSettings, TOP_TASK_KINDS, type SiteSettings, type TopTaskKind } from './schemas/site-settings.ts';

/*
 * Strapi 5 REST entries → contract objects. Two steps per entry: the Strapi shape is read with
 * loose schemas that only check what the reshaping needs (documentIds of relations, the media
 * record behind an image); then the reshaped object is validated with the contract schema,
 * which checks every value. Nothing missing is filled in: a required field that is absent
 * stays absent and fails validation with its name.
 */

export const CONTENT_TYPES = {
  organisation: 'organisation',
  page: 'page',
  news: 'news-article',
  office: 'office',
  service: 'service',
  lifeEvent: 'life-event',
  event: 'event',
  amtsblatt: 'amtsblatt-issue',
  notice: 'public-notice',
  settings: 'site-settings',
} as const;

/** What the CMS returned, before normalisation. */
export interface RawContent {
  organisations: readonly unknown[];
  pages: readonly unknown[];
  news: readonly unknown[];
  offices: readonly unknown[];
  services: readonly unknown[];
  lifeEvents: readonly unknown[];
  events: readonly unknown[];
  amtsblatt: readonly unknown[];
  notices: readonly unknown[];
  onlineServices: readonly unknown[];
  settings: unknown;
  /** Pages in the English locale (Strapi i18n), same documentIds as the German ones. */
  pagesEn: readonly unknown[];
}

export interface NormalizedContent {
  organisations: Organisation[];
  pages: Page[];
  news: NewsArticle[];
  offices: Office[];
  services: Service[];
  lifeEvents: LifeEvent[];
  events: Event[];
  amtsblatt: AmtsblattIssue[];
  notices: PublicNotice[];
  onlineServices: OnlineService[];
  settings: SiteSettings;
  pagesEn: PageTranslation[];
  /** Media file name in the snapshot (`<hash><ext>`) → absolute URL to download it from. */
  media: Map<string, string>;
}

/** Shared state of one normalisation run: all issues and all media of all entries. */
export interface NormalizeRun {
  /** CMS base URL: relative media URLs resolve against it. */
  baseUrl: string;
  issues: ContentIssue[];
  media: Map<string, string>;
}

export function createNormalizeRun(baseUrl: string): NormalizeRun {
  return { baseUrl, issues: [], media: new Map() };
}

/** One entry being normalised. */
export interface Entry {
  run: NormalizeRun;
  type: string;
  documentId: string;
  /** Fields already reported while reading the Strapi shape; the contract check must not repeat them. */
  reported: string[];
}

export const missing = (what: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `${what} fehlt in der CMS-Antwort (nicht mit „populate“ abgefragt?)` : undefined;

export const relation = z.looseObject({ documentId: z.string().min(1) }, { error: missing('Verknüpfung') });

/** The upload record behind an image: only what names, locates and describes the file. */
export const rawMedia = z.looseObject(
  {
    url: z.string().min(1, 'Adresse der Datei fehlt'),
    hash: z.string().min(1, 'Hash der Datei fehlt'),
    ext: z.string().regex(/^\.[A-Za-z0-9]+$/, 'Dateiendung fehlt'),
    provider: z.string().optional(),
  },
  { error: missing('Bilddatei') },
);
export type RawMedia = z.infer<typeof rawMedia>;

/** An uploaded PDF: Strapi's upload record also carries the original name and the size in kB. */
export const rawDocument = z.looseObject(
  { ...rawMedia.shape, name: z.unknown(), size: z.unknown(), mime: z.unknown() },
  // Not rawMedia.extend(): that would keep its „Bilddatei fehlt …“ message for a PDF.
  { error: missing('PDF-Datei') },
);
export type RawDocument = z.infer<typeof rawDocument>;

const rawImageComponent = z.looseObject({ alt: z.unknown(), media: rawMedia.nullable() });

/** Image node of Strapi's blocks editor: a copy of the upload record, plus empty children. */
const rawImageBlock = z.looseObject({
  type: z.literal('image'),
  image: rawMedia.extend({ alternativeText: z.string().nullish(), caption: z.string().nullish() }),
});

export const rawAddress = z.looseObject({ street: z.unknown(), postalCode: z.unknown(), city: z.unknown() }, { error: missing('Komponente') });

const rawOrganisation = z.looseObject({
  documentId: z.string().min(1),
  address: rawAddress.nullable(),
  formerDomains: z.array(z.looseObject({ domain: z.unknown() })).nullish(),
});

const rawPage = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  parent: relation.nullable(),
});

const rawNews = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
});

/*
 * Opening hours in the CMS: component office.opening-hours with repeatable weekly slots,
 * exceptions and closures. An exception day stores at most two slots flat (from/to, from2/to2):
 * a repeatable inside a repeatable inside a component is a nesting depth the Strapi admin's
 * content-type builder does not offer, and two slots cover a day with a lunch break.
 */
const rawExceptionDay = z.looseObject({
  date: z.unknown(),
  closed: z.unknown(),
  reason: z.unknown(),
  from: z.string().nullish(),
  to: z.string().nullish(),
  from2: z.string().nullish(),
  to2: z.string().nullish(),
});
export const rawOpeningHours = z.looseObject(
  {
    closedOnPublicHolidays: z.unknown(),
    weekly: z.array(z.looseObject({ weekday: z.unknown(), from: z.unknown(), to: z.unknown(), note: z.unknown() })).nullish(),
    exceptions: z.array(rawExceptionDay).nullish(),
    closures: z.array(z.looseObject({ from: z.unknown(), to: z.unknown(), reason: z.unknown() })).nullish(),
  },
  { error: missing('Komponente') },
);

const rawOffice = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  address: rawAddress.nullable(),
  accessibility: z.looseObject({ stepFree: z.unknown(), accessibleToilet: z.unknown(), parking: z.unknown(), notes: z.unknown() }, { error: missing('Komponente') }).nullable(),
  openingHours: rawOpeningHours.nullable(),
});

const rawService = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  office: relation.nullable(),
});

const rawLifeEvent = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  services: z.array(relation, { error: missing('Verknüpfung') }),
});

const rawEvent = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  // Populated but empty is null; absent means not populated (reported, not read as „no address“).
  venueAddress: rawAddress.nullable(),
});

const rawAmtsblatt = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  file: rawDocument.nullable(),
});

const rawNotice = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  // As venueAddress: null is „no attachment“, absent is a missing populate.
  attachment: rawDocument.nullable(),
});

/*
 * Strapi 5 ignores `locale` on a type without i18n and answers with the German entries: they
 * would become „English“ pages with German text. Only an entry that says it is English is one.
 */
const rawPageEn = z.looseObject({
  documentId: z.string().min(1),
  locale: z.literal('en', {
    error: (iss) => `Eintrag in Sprache ${JSON.stringify(iss.input ?? null)} statt „en“: ist „Seite“ im CMS übersetzbar (i18n aktiviert)?`,
  }),
});

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
  topTasks: z.array(
    z.looseObject({ service: relation.nullable(), onlineService: relation.nullable(), page: relation.nullable() }),
    { error: missing('Komponente') },
  ),
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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const joinPath = (prefix: string, field: string) => (prefix && field ? `${prefix}.${field}` : prefix || field);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/**
 * zod reports a failed union (a block, an inline node) as one "Invalid input" at the node. Where
 * the node's `type` picks exactly one branch, report that branch's issues instead, so the message
 * names the real field (`body.3.level`); where no branch has that type, say so.
 */
export function explainUnions(issues: readonly z.core.$ZodIssue[], root: unknown, base: readonly PropertyKey[] = []): z.core.$ZodIssue[] {
  return issues.flatMap((issue): z.core.$ZodIssue[] => {
    const path = [...base, ...issue.path];
    if (issue.code !== 'invalid_union') return [{ ...issue, path }];
    const value = valueAt(root, path);
    if (issue.errors.length === 0 && issue.discriminator !== undefined) {
      const allowed = ('options' in issue ? (issue.options ?? []) : []).map(String).join(', ');
      return [{ ...issue, path, message: `Unbekannter Typ „${String(value)}“ (erlaubt: ${allowed})` }];
    }
    if (isRecord(value) && typeof value.type === 'string') {
      const typeMismatch = (b: readonly z.core.$ZodIssue[]) =>
        b.some((i) => i.code === 'invalid_value' && i.path.length === 1 && i.path[0] === 'type');
      const matching = issue.errors.filter((b) => !typeMismatch(b));
      if (matching.length === 1 && matching[0]) return explainUnions(matching[0], root, path);
      if (matching.length === 0) {
        const allowed = issue.errors.flatMap((b) => b.flatMap((i) => (i.code === 'invalid_value' && i.path[0] === 'type' ? i.values : [])));
        return [{ ...issue, path: [...path, 'type'], message: `Unbekannter Typ „${value.type}“ (erlaubt: ${allowed.map(String).join(', ')})` }];
      }
    }
    const values = issue.errors.flatMap((b) => b.flatMap((i) => (i.code === 'invalid_value' && i.path.length === 0 ? i.values : [])));
    if (values.length > 0 && values.length === issue.errors.length) {
      return [{ ...issue, path, message: `Ungültiger Wert ${JSON.stringify(value)} (erlaubt: ${values.map(String).join(', ')})` }];
    }
    return [{ ...issue, path }];
  });
}

export function report(e: Entry, field: string, message: string): void {
  e.run.issues.push({ type: e.type, documentId: e.documentId, field, message });
  e.reported.push(field);
}

export function reportZod(e: Entry, prefix: string, error: z.ZodError, root: unknown): void {
  for (const i of issuesFromZod(e.type, e.documentId, new z.ZodError(explainUnions(error.issues, root)))) {
    const field = joinPath(prefix, i.field);
    e.run.issues.push({ ...i, field });
    e.reported.push(field);
  }
}

/** Validate the reshaped entry with the contract; issues under an already reported field are echoes. */
export function check<T>(e: Entry, schema: z.ZodType<T>, candidate: Record<string, unknown>): T | undefined {
  const result = schema.safeParse(candidate);
  if (result.success) return e.reported.length === 0 ? result.data : undefined;
  const echo = (field: string) => e.reported.some((r) => field === r || field.startsWith(`${r}.`));
  for (const i of issuesFromZod(e.type, e.documentId, new z.ZodError(explainUnions(result.error.issues, candidate)))) {
    if (!echo(i.field)) e.run.issues.push(i);
  }
  return undefined;
}

/**
 * Where to download a file. Files of Strapi's local upload provider are served by the CMS
 * itself, whatever host the editor's browser saw when it wrote the URL into a blocks field
 * (the admin prefixes its own backend URL); so they are always fetched from the configured CMS.
 */
function mediaSource(e: Entry, field: string, media: RawMedia): string | undefined {
  let url: URL;
  try {
    url = new URL(media.url, `${new URL(e.run.baseUrl).origin}/`);
  } catch {
    report(e, `${field}.url`, `Adresse „${media.url}“ ist keine gültige URL`);
    return undefined;
  }
  if (media.url.startsWith('//') || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    report(e, `${field}.url`, `Adresse „${media.url}“: nur /uploads/… oder http(s) erlaubt`);
    return undefined;
  }
  if ((media.provider === undefined || media.provider === 'local') && url.pathname.startsWith('/uploads/')) {
    return new URL(`${url.pathname}${url.search}`, `${new URL(e.run.baseUrl).origin}/`).href;
  }
  return url.href;
}

/** An upload record → contract image; the file is registered for download. */
export function imageOf(e: Entry, field: string, media: RawMedia, alt: unknown): Record<string, unknown> {
  const file = `${media.hash}${media.ext.toLowerCase()}`;
  const source = mediaSource(e, field, media);
  if (source !== undefined) {
    const known = e.run.media.get(file);
    if (known !== undefined && known !== source) {
      report(e, `${field}.hash`, `Dateiname ${file} gehört schon zu ${known}, hier zu ${source}`);
    } else {
      e.run.media.set(file, source);
    }
  }
  return {
    file,
    // A missing alt text stays missing; as "" it fails with the contract's German message.
    alt: alt ?? '',
    width: media.width,
    height: media.height,
    mime: media.mime,
  };
}

/**
 * An upload record → contract document (PDF); the file is registered for download. Strapi stores
 * the size in kB with two decimals (bytes / 1000, rounded), so bytes are exact to ±5 — enough for
 * the „PDF, 245 kB“ shown next to the link.
 */
export function documentOf(e: Entry, field: string, media: RawDocument | null | undefined): Record<string, unknown> | null {
  if (media === null || media === undefined) return null;
  const file = `${media.hash}${media.ext.toLowerCase()}`;
  const source = mediaSource(e, field, media);
  if (source !== undefined) {
    const known = e.run.media.get(file);
    if (known !== undefined && known !== source) report(e, `${field}.hash`, `Dateiname ${file} gehört schon zu ${known}, hier zu ${source}`);
    else e.run.media.set(file, source);
  }
  return {
    file,
    name: media.name,
    size: typeof media.size === 'number' ? Math.round(media.size * 1000) : media.size,
    mime: media.mime,
  };
}

/** Lines of a text field (synonyms, contents of an issue): trimmed, empty lines dropped. */
export function linesOf(v: unknown): unknown {
  if (v === null || v === undefined) return [];
  if (typeof v !== 'string') return v;
  return v
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** A blocks field an editor never filled is null in Strapi; for the contract it is an empty section. */
export function optionalBlocks(e: Entry, field: string, raw: unknown): unknown {
  return raw === null || raw === undefined ? [] : blocksOf(e, field, raw);
}

/** Optional `shared.image` component: absent or null means no image. */
export function imageComponent(e: Entry, field: string, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  const parsed = rawImageComponent.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, field, parsed.error, raw);
    return null;
  }
  if (parsed.data.media === null) {
    report(e, `${field}.media`, 'Bilddatei fehlt (in der Medienbibliothek gelöscht?)');
    return null;
  }
  return imageOf(e, `${field}.media`, parsed.data.media, parsed.data.alt);
}

/** Blocks as Strapi stores them → contract blocks: image nodes carry our image, code nodes lose `language: null`. */
export function blocksOf(e: Entry, field: string, raw: unknown): unknown {
  if (!Array.isArray(raw)) return raw;
  return raw.map((node: unknown, i) => {
    if (!isRecord(node)) return node;
    if (node.type === 'image') {
      const parsed = rawImageBlock.safeParse(node);
      if (!parsed.success) {
        reportZod(e, `${field}.${i}`, parsed.error, node);
        // The whole node is reported; the contract check would only repeat it in other words.
        e.reported.push(`${field}.${i}`);
        return node;
      }
      const { image } = parsed.data;
      return {
        type: 'image',
        image: imageOf(e, `${field}.${i}.image`, image, image.alternativeText),
        ...(image.caption ? { caption: image.caption } : {}),
      };
    }
    if (node.type === 'code' && node.language === null) {
      return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'language'));
    }
    return node;
  });
}

/** Optional text fields: Strapi returns "" once an editor cleared a field, null if never set. */
export function optionalText(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  return typeof v === 'string' && v.trim() === '' ? null : v;
}

export function requiredRelation(e: Entry, field: string, rel: { documentId: string } | null, what: string): string | undefined {
  if (rel === null) {
    report(e, field, `${what} ist nicht gewählt oder nicht veröffentlicht`);
    return undefined;
  }
  return rel.documentId;
}

/**
 * The entry point of every entry's normalisation. It also runs the one check that applies to
 * every field alike (no SSI command, errors.ts): a hit is reported with its path, and the entry
 * is refused like any other invalid one.
 */
export function begin(run: NormalizeRun, type: string, raw: unknown, documentId?: string): Entry {
  const id = documentId ?? (isRecord(raw) && typeof raw.documentId === 'string' && raw.documentId ? raw.documentId : '–');
  const e: Entry = { run, type, documentId: id, reported: [] };
  for (const i of ssiIssues(type, id, raw)) report(e, i.field, i.message);
  return e;
}

export function normalizeOrganisation(run: NormalizeRun, raw: unknown): Organisation | undefined {
  const e = begin(run, CONTENT_TYPES.organisation, raw);
  const parsed = rawOrganisation.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, organisation, {
    documentId: r.documentId,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    bundled: r.bundled,
    shortDescription: r.shortDescription,
    logo: imageComponent(e, 'logo', r.logo),
    address: r.address === null ? null : { street: r.address.street, postalCode: r.address.postalCode, city: r.address.city },
    phone: optionalText(r.phone),
    email: optionalText(r.email),
    website: optionalText(r.website),
    formerDomains: (r.formerDomains ?? []).map((d) => d.domain),
  });
}

export function normalizePage(run: NormalizeRun, raw: unknown): Page | undefined {
  const e = begin(run, CONTENT_TYPES.page, raw);
  const parsed = rawPage.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, page, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    parent: r.parent?.documentId ?? null,
    summary: r.summary,
    body: blocksOf(e, 'body', r.body),
    image: imageComponent(e, 'image', r.image),
    seoDescription: r.seoDescription,
    updatedAt: r.updatedAt,
  });
}

export function normalizeNewsArticle(run: NormalizeRun, raw: unknown): NewsArticle | undefined {
  const e = begin(run, CONTENT_TYPES.news, raw);
  const parsed = rawNews.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, newsArticle, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    date: r.date,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    teaser: r.teaser,
    body: blocksOf(e, 'body', r.body),
    image: imageComponent(e, 'image', r.image),
  });
}

/** The flat exception day → contract slots: a half-filled pair stays, so the contract names its field. */
function exceptionSlots(x: z.infer<typeof rawExceptionDay>): Record<string, unknown>[] {
  const pairs: [string | null | undefined, string | null | undefined][] = [
    [x.from, x.to],
    [x.from2, x.to2],
  ];
  return pairs
    .filter(([from, to]) => optionalText(from) !== null || optionalText(to) !== null)
    .map(([from, to]) => ({ from: from ?? '', to: to ?? '', note: null }));
}

export function normalizeOffice(run: NormalizeRun, raw: unknown): Office | undefined {
  const e = begin(run, CONTENT_TYPES.office, raw);
  const parsed = rawOffice.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  const h = r.openingHours;
  const a = r.accessibility;
  return check(e, office, {
    documentId: r.documentId,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    description: r.description,
    address: r.address === null ? null : { street: r.address.street, postalCode: r.address.postalCode, city: r.address.city },
    room: optionalText(r.room),
    phone: optionalText(r.phone),
    email: optionalText(r.email),
    accessibility:
      a === null ? null : { stepFree: a.stepFree, accessibleToilet: a.accessibleToilet, parking: optionalText(a.parking), notes: optionalText(a.notes) },
    openingHours: h === null ? null : openingHoursOf(h),
  });
}

/** The CMS's opening-hours component → contract shape; offices and places share it (ADR 0004). */
export function openingHoursOf(h: z.infer<typeof rawOpeningHours>): Record<string, unknown> {
  return {
    // null in the CMS (never set) means the default: closed on public holidays.
    closedOnPublicHolidays: h.closedOnPublicHolidays ?? true,
    weekly: (h.weekly ?? []).map((w) => ({ weekday: w.weekday, from: w.from, to: w.to, note: optionalText(w.note) })),
    exceptions: (h.exceptions ?? []).map((x) => ({ date: x.date, closed: x.closed, reason: x.reason, slots: exceptionSlots(x) })),
    closures: (h.closures ?? []).map((c) => ({ from: c.from, to: c.to, reason: c.reason })),
  };
}

export function normalizeService(run: NormalizeRun, raw: unknown): Service | undefined {
  const e = begin(run, CONTENT_TYPES.service, raw);
  const parsed = rawService.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, service, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    synonyms: linesOf(r.synonyms),
    leikaKey: optionalText(r.leikaKey),
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    office: requiredRelation(e, 'office', r.office, 'Zuständiges Amt'),
    summary: r.summary,
    description: optionalBlocks(e, 'description', r.description),
    eligibility: optionalBlocks(e, 'eligibility', r.eligibility),
    requirements: optionalBlocks(e, 'requirements', r.requirements),
    documents: optionalBlocks(e, 'documents', r.documents),
    fees: optionalBlocks(e, 'fees', r.fees),
    deadlines: optionalBlocks(e, 'deadlines', r.deadlines),
    processingTime: optionalBlocks(e, 'processingTime', r.processingTime),
    legalBasis: optionalBlocks(e, 'legalBasis', r.legalBasis),
    updatedAt: r.updatedAt,
  });
}

export function normalizeLifeEvent(run: NormalizeRun, raw: unknown): LifeEvent | undefined {
  const e = begin(run, CONTENT_TYPES.lifeEvent, raw);
  const parsed = rawLifeEvent.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, lifeEvent, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    summary: r.summary,
    body: optionalBlocks(e, 'body', r.body),
    services: r.services.map((s) => s.documentId),
  });
}

export function normalizeEvent(run: NormalizeRun, raw: unknown): Event | undefined {
  const e = begin(run, CONTENT_TYPES.event, raw);
  const parsed = rawEvent.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  const a = r.venueAddress;
  return check(e, event, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Veranstalter'),
    category: r.category,
    summary: r.summary,
    description: optionalBlocks(e, 'description', r.description),
    start: r.start,
    end: r.end,
    allDay: r.allDay ?? false,
    // Strapi fills the schema default on create; an entry from before the field existed has null.
    timeZone: optionalText(r.timeZone) ?? 'Europe/Berlin',
    venue: {
      name: r.venueName,
      address: a === null || a === undefined ? null : { street: a.street, postalCode: a.postalCode, city: a.city },
    },
    price: optionalText(r.price),
    accessibilityNotes: optionalText(r.accessibilityNotes),
    image: imageComponent(e, 'image', r.image),
    updatedAt: r.updatedAt,
  });
}

export function normalizeAmtsblattIssue(run: NormalizeRun, raw: unknown): AmtsblattIssue | undefined {
  const e = begin(run, CONTENT_TYPES.amtsblatt, raw);
  const parsed = rawAmtsblatt.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  if (r.file === null) report(e, 'file', 'PDF-Datei fehlt (in der Medienbibliothek gelöscht?)');
  return check(e, amtsblattIssue, {
    documentId: r.documentId,
    slug: r.slug,
    number: r.number,
    date: r.date,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    contents: linesOf(r.contents),
    file: documentOf(e, 'file', r.file),
  });
}

export function normalizePublicNotice(run: NormalizeRun, raw: unknown): PublicNotice | undefined {
  const e = begin(run, CONTENT_TYPES.notice, raw);
  const parsed = rawNotice.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, publicNotice, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    category: r.category,
    publishedOn: r.publishedOn,
    expiresOn: optionalText(r.expiresOn),
    summary: r.summary,
    body: optionalBlocks(e, 'body', r.body),
    attachment: documentOf(e, 'attachment', r.attachment),
  });
}

/** An English page (Strapi i18n locale „en“): only its text; structure is the German page's. */
export function normalizePageTranslation(run: NormalizeRun, raw: unknown): PageTranslation | undefined {
  const e = begin(run, `${CONTENT_TYPES.page} (en)`, raw);
  const parsed = rawPageEn.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, pageTranslation, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    body: blocksOf(e, 'body', r.body),
    image: imageComponent(e, 'image', r.image),
    seoDescription: r.seoDescription,
    updatedAt: r.updatedAt,
  });
}

export function normalizeSiteSettings(run: NormalizeRun, raw: unknown): SiteSettings | undefined {
  // The snapshot names the single type by type alone ("–"), as validateSnapshot does.
  const e = begin(run, CONTENT_TYPES.settings, raw, '–');
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
    topTasks: topTasksOf(e, r.topTasks),
  });
}

/**
 * Normalise everything one pull fetched. Every entry is checked before anything is thrown, so
 * the one InvalidContentError lists all problems at once.
 */
export function normalizeContent(raw: RawContent, options: { baseUrl: string }): NormalizedContent {
  const run = createNormalizeRun(options.baseUrl);
  const keep = <T>(list: readonly unknown[], fn: (run: NormalizeRun, raw: unknown) => T | undefined): T[] =>
    list.flatMap((r) => {
      const v = fn(run, r);
      return v === undefined ? [] : [v];
    });
  const organisations = keep(raw.organisations, normalizeOrganisation);
  const pages = keep(raw.pages, normalizePage);
  const news = keep(raw.news, normalizeNewsArticle);
  const offices = keep(raw.offices, normalizeOffice);
  const services = keep(raw.services, normalizeService);
  const lifeEvents = keep(raw.lifeEvents, normalizeLifeEvent);
  const events = keep(raw.events, normalizeEvent);
  const amtsblatt = keep(raw.amtsblatt, normalizeAmtsblattIssue);
  const notices = keep(raw.notices, normalizePublicNotice);
  const pagesEn = keep(raw.pagesEn, normalizePageTranslation);
  const onlineServices = keep(raw.onlineServices, normalizeOnlineService);
  const settings = normalizeSiteSettings(run, raw.settings);
  if (run.issues.length > 0 || settings === undefined) throw new InvalidContentError(run.issues);
  return { organisations, pages, news, offices, services, lifeEvents, events, amtsblatt, notices, onlineServices, settings, pagesEn, media: run.media };
}
