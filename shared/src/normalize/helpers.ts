import { z } from 'zod';
import { issuesFromZod, ssiIssues, type ContentIssue } from '../errors.ts';

/*
 * What every normaliser shares (one file per content type beside this one). Strapi 5 REST
 * entries → contract objects in two steps per entry: the Strapi shape is read with loose schemas
 * that only check what the reshaping needs (documentIds of relations, the media record behind an
 * image); then the reshaped object is validated with the contract schema, which checks every
 * value. Nothing missing is filled in: a required field that is absent stays absent and fails
 * validation with its name.
 */

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

/**
 * One entry of a content type → its contract form, or undefined when refused. Every problem is
 * added to `run.issues` (nothing is thrown), so one pull can report all problems at once.
 */
export type Normalizer<T> = (run: NormalizeRun, raw: unknown) => T | undefined;

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
      const typeMismatch = (b: readonly z.core.$ZodIssue[]) => b.some((i) => i.code === 'invalid_value' && i.path.length === 1 && i.path[0] === 'type');
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

/** An upload record's name in the snapshot's media folder; the file is registered for download. */
export function mediaFileOf(e: Entry, field: string, media: RawMedia): string {
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
  return file;
}

/** An upload record → contract image; the file is registered for download. */
export function imageOf(e: Entry, field: string, media: RawMedia, alt: unknown): Record<string, unknown> {
  const file = mediaFileOf(e, field, media);
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
  return {
    file: mediaFileOf(e, field, media),
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
