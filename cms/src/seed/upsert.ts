import type { Core, UID } from '@strapi/strapi';

/**
 * Which attributes a seeded type writes, by kind. The seed writes data in the same shape that
 * `project` reads back from a stored document, so "is it already like this?" is a plain deep
 * comparison, and a second seed run leaves unchanged documents alone (no new updatedAt,
 * no re-publication).
 */
export interface FieldSpec {
  /** strings, numbers, booleans, dates, blocks (JSON) */
  plain: readonly string[];
  /** to-one relations: a documentId or null */
  relations?: readonly string[];
  /** to-many relations in order: documentIds */
  relationLists?: readonly string[];
  /** shared.image components: `{ media: <upload file id>, alt }` or null */
  images?: readonly string[];
  /** repeatable shared.image components: `[{ media: <upload file id>, alt }]` */
  imageLists?: readonly string[];
  /** single media fields (a PDF): the upload file id or null */
  media?: readonly string[];
  /** shared.video components: their text fields and the upload file ids of mp4, webm, captions, poster; or null */
  videos?: readonly string[];
  /** single components: their field names (compared without the component row id) */
  components?: Readonly<Record<string, readonly string[]>>;
  /** repeatable components: their field names */
  repeatables?: Readonly<Record<string, readonly string[]>>;
  /** single components holding repeatable components (opening hours): fields and inner lists */
  nested?: Readonly<Record<string, NestedComponentSpec>>;
  /** repeatable components whose fields are to-one relations („Häufig gesucht“): documentIds or null */
  relationRepeatables?: Readonly<Record<string, readonly string[]>>;
}

export interface NestedComponentSpec {
  fields: readonly string[];
  repeatables: Readonly<Record<string, readonly string[]>>;
}

export type SeedData = Record<string, unknown>;
export type Outcome = 'created' | 'updated' | 'unchanged';

export interface UpsertResult {
  documentId: string;
  outcome: Outcome;
}

type Populate = Record<string, true | { populate: Record<string, true> }>;

/** Strapi 5 populates a component's inner components only when each is named. */

export function populateFor(spec: FieldSpec): Populate {
  const populate: Populate = {};
  for (const key of spec.relations ?? []) populate[key] = true;
  for (const key of spec.relationLists ?? []) populate[key] = true;
  for (const key of spec.images ?? []) populate[key] = { populate: { media: true } };
  for (const key of spec.imageLists ?? []) populate[key] = { populate: { media: true } };
  for (const key of spec.media ?? []) populate[key] = true;
  for (const key of spec.videos ?? []) populate[key] = { populate: Object.fromEntries(VIDEO_MEDIA.map((f) => [f, true as const])) };
  for (const key of Object.keys(spec.components ?? {})) populate[key] = true;
  for (const key of Object.keys(spec.repeatables ?? {})) populate[key] = true;
  for (const [key, nested] of Object.entries(spec.nested ?? {})) {
    populate[key] = { populate: Object.fromEntries(Object.keys(nested.repeatables).map((inner) => [inner, true as const])) };
  }
  for (const [key, fields] of Object.entries(spec.relationRepeatables ?? {})) {
    populate[key] = { populate: Object.fromEntries(fields.map((f) => [f, true as const])) };
  }
  return populate;
}

const VIDEO_TEXT = ['title', 'speech', 'duration', 'transcript'] as const;
const VIDEO_MEDIA = ['mp4', 'webm', 'captions', 'poster'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const documentIdOf = (value: unknown): string | null => {
  if (!isRecord(value)) return null;
  return typeof value.documentId === 'string' ? value.documentId : null;
};

const pick = (value: unknown, fields: readonly string[]): Record<string, unknown> | null => {
  if (!isRecord(value)) return null;
  return Object.fromEntries(fields.map((field) => [field, value[field] ?? null]));
};

/** A stored document, reduced to the seed's write shape (see FieldSpec). */
export function project(doc: Record<string, unknown>, spec: FieldSpec): SeedData {
  const out: SeedData = {};
  for (const key of spec.plain) out[key] = doc[key] ?? null;
  for (const key of spec.relations ?? []) out[key] = documentIdOf(doc[key]);
  for (const key of spec.relationLists ?? []) {
    const list = doc[key];
    out[key] = Array.isArray(list) ? list.map(documentIdOf) : [];
  }
  for (const key of spec.images ?? []) {
    const image = doc[key];
    out[key] = isRecord(image) ? { media: isRecord(image.media) ? (image.media.id ?? null) : null, alt: image.alt ?? null } : null;
  }
  for (const key of spec.imageLists ?? []) {
    const list = doc[key];
    out[key] = Array.isArray(list)
      ? list.map((image: unknown) => (isRecord(image) ? { media: isRecord(image.media) ? (image.media.id ?? null) : null, alt: image.alt ?? null } : null))
      : [];
  }
  for (const key of spec.media ?? []) {
    const file = doc[key];
    out[key] = isRecord(file) ? (file.id ?? null) : null;
  }
  for (const key of spec.videos ?? []) {
    const video = doc[key];
    out[key] = isRecord(video)
      ? {
          ...pick(video, VIDEO_TEXT),
          ...Object.fromEntries(VIDEO_MEDIA.map((f) => [f, isRecord(video[f]) ? (video[f].id ?? null) : null])),
        }
      : null;
  }
  for (const [key, fields] of Object.entries(spec.components ?? {})) out[key] = pick(doc[key], fields);
  for (const [key, fields] of Object.entries(spec.repeatables ?? {})) {
    const list = doc[key];
    out[key] = Array.isArray(list) ? list.map((item) => pick(item, fields)) : [];
  }
  for (const [key, fields] of Object.entries(spec.relationRepeatables ?? {})) {
    const list = doc[key];
    out[key] = Array.isArray(list)
      ? list.map((item: unknown) => Object.fromEntries(fields.map((f) => [f, isRecord(item) ? documentIdOf(item[f]) : null])))
      : [];
  }
  for (const [key, nested] of Object.entries(spec.nested ?? {})) {
    const value = doc[key];
    const base = pick(value, nested.fields);
    out[key] =
      base === null || !isRecord(value)
        ? null
        : {
            ...base,
            ...Object.fromEntries(
              Object.entries(nested.repeatables).map(([inner, fields]) => {
                const list = value[inner];
                return [inner, Array.isArray(list) ? list.map((item) => pick(item, fields)) : []];
              }),
            ),
          };
  }
  return out;
}

/** JSON with sorted object keys: PostgreSQL's jsonb does not keep the key order of blocks. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

export const sameData = (a: SeedData, b: SeedData): boolean => canonical(a) === canonical(b);

function checkSpec(uid: string, spec: FieldSpec, data: SeedData): void {
  const specKeys = [
    ...spec.plain,
    ...(spec.relations ?? []),
    ...(spec.relationLists ?? []),
    ...(spec.images ?? []),
    ...(spec.imageLists ?? []),
    ...(spec.media ?? []),
    ...(spec.videos ?? []),
    ...Object.keys(spec.components ?? {}),
    ...Object.keys(spec.repeatables ?? {}),
    ...Object.keys(spec.nested ?? {}),
    ...Object.keys(spec.relationRepeatables ?? {}),
  ].sort();
  const dataKeys = Object.keys(data).sort();
  if (canonical(specKeys) !== canonical(dataKeys)) {
    throw new Error(`Seed (${uid}): Felder ${dataKeys.join(', ')} passen nicht zur Feldliste ${specKeys.join(', ')}`);
  }
}

export type DraftAndPublishUid =
  | 'api::organisation.organisation'
  | 'api::page.page'
  | 'api::news-article.news-article'
  | 'api::office.office'
  | 'api::event.event'
  | 'api::service.service'
  | 'api::online-service.online-service'
  | 'api::life-event.life-event'
  | 'api::amtsblatt-issue.amtsblatt-issue'
  | 'api::public-notice.public-notice'
  | 'api::alert.alert'
  | 'api::legislative-term.legislative-term'
  | 'api::location.location'
  | 'api::person.person'
  | 'api::council-organization.council-organization'
  | 'api::meeting.meeting'
  | 'api::paper.paper'
  | 'api::place.place'
  | 'api::publication.publication';

/** Which version of a document an upsert writes (localized types only; see src/bootstrap/locales.ts). */
export interface UpsertOptions {
  /** The locale version to write; without it Strapi's default locale (German). */
  locale?: string;
  /**
   * Write the `locale` version of this existing document (a translation) instead of finding the
   * document by slug: a translation's slug is its own, its identity is the original's documentId.
   */
  documentId?: string;
}

/**
 * Creates or updates the document with `data.slug` (or, with `options.documentId`, that
 * document's `options.locale` version), then publishes it — unless both its draft and its
 * published version already hold exactly `data`.
 */
export async function upsertPublished(
  strapi: Core.Strapi,
  uid: DraftAndPublishUid & UID.ContentType,
  spec: FieldSpec,
  data: SeedData,
  options: UpsertOptions = {},
): Promise<UpsertResult> {
  checkSpec(uid, spec, data);
  const slug = data.slug;
  if (typeof slug !== 'string' || slug === '') throw new Error(`Seed (${uid}): Slug fehlt`);
  const documents = strapi.documents(uid);
  const populate = populateFor(spec);
  // Spread only when set: without a locale Strapi picks its default, and `locale: undefined`
  // would be a different (invalid) request on some document service actions.
  const locale = options.locale === undefined ? {} : { locale: options.locale };

  const draft = options.documentId
    ? await documents.findOne({ documentId: options.documentId, status: 'draft', populate, ...locale })
    : await documents.findFirst({ filters: { slug: { $eq: slug } }, status: 'draft', populate, ...locale });
  if (!draft) {
    let documentId: string;
    if (options.documentId) {
      // update() on a document that lacks this locale creates the locale version (Strapi 5).
      const created = await documents.update({ documentId: options.documentId, data, status: 'draft', ...locale });
      if (!created) throw new Error(`Seed (${uid}): Dokument ${options.documentId} gibt es nicht – keine Übersetzung möglich`);
      documentId = options.documentId;
    } else {
      documentId = (await documents.create({ data, status: 'draft', ...locale })).documentId;
    }
    await documents.publish({ documentId, ...locale });
    return { documentId, outcome: 'created' };
  }

  const published = await documents.findOne({ documentId: draft.documentId, status: 'published', populate, ...locale });
  if (published && sameData(project(draft, spec), data) && sameData(project(published, spec), data)) {
    return { documentId: draft.documentId, outcome: 'unchanged' };
  }
  await documents.update({ documentId: draft.documentId, data, status: 'draft', ...locale });
  await documents.publish({ documentId: draft.documentId, ...locale });
  return { documentId: draft.documentId, outcome: 'updated' };
}

/** The same for a single type without draft & publish (one document, no publishing step). */
export async function upsertSingle(
  strapi: Core.Strapi,
  uid: ('api::site-setting.site-setting' | 'api::map-setting.map-setting') & UID.ContentType,
  spec: FieldSpec,
  data: SeedData,
): Promise<UpsertResult> {
  checkSpec(uid, spec, data);
  const documents = strapi.documents(uid);
  const existing = await documents.findFirst({ populate: populateFor(spec) });
  if (!existing) {
    const created = await documents.create({ data });
    return { documentId: created.documentId, outcome: 'created' };
  }
  if (sameData(project(existing, spec), data)) {
    return { documentId: existing.documentId, outcome: 'unchanged' };
  }
  await documents.update({ documentId: existing.documentId, data });
  return { documentId: existing.documentId, outcome: 'updated' };
}
