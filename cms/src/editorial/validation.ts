import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  findSsiCommand,
  isSafeHref,
  isSlug,
  SAFE_HREF_MESSAGE,
  SLUG_MESSAGE,
  SSI_MESSAGE,
  VIDEO_FILE_TYPES,
  videoCaptionsProblem,
  videoFileProblem,
  type VideoFileField,
} from '@stadtportal/shared/rules';
import { germanLabel } from './labels';

/*
 * Rules checked when an editor saves or publishes (docs/adr/0011-editors-desk.md), so a mistake
 * is a message in the dashboard (400 naming the field, in German), not a failed site build later:
 *
 * - on every save (drafts included, clones too): slug format of the site's URLs (the contract's
 *   rule, shared/src/rules/slug.ts, stricter than Strapi's uid type, which accepts capitals, „_“,
 *   „.“ and „~“), no server-side include command („<!--#“) in any text, link targets in blocks
 *   fields by the contract's rule (Strapi's own blocks check lets „//evil.example/“ through),
 *   end not before start,
 *   unpublish time after publish time, an alert's link and link text together, a video's files
 *   of the right type in each field and its captions when it has speech (shared/src/rules/video.ts);
 * - on publish: every required field filled. Strapi 5 saves drafts without their required fields
 *   on purpose (work in progress) and checks them at publish; this check says it in German and
 *   with the dashboard's field label, and also covers blocks that are only whitespace.
 */

type Data = Record<string, unknown>;

interface Attribute {
  type: string;
  required?: boolean;
  relation?: string;
  component?: string;
}

function label(uid: string, field: string): string {
  return germanLabel(uid, field) ?? field;
}

export function fail(uid: string, field: string, message: string, value?: unknown): never {
  const name = label(uid, field);
  throw new errors.ValidationError(`${name}: ${message}`, {
    errors: [{ path: [field], message: `${name}: ${message}`, name: 'ValidationError', value }],
  });
}

const time = (v: unknown): number | null => {
  if (typeof v !== 'string' && !(v instanceof Date)) return null;
  const t = new Date(v).getTime();
  return Number.isNaN(t) ? null : t;
};
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The first link target in a blocks value that the contract refuses (rules/href.ts), or null. */
export function unsafeBlocksLink(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const hit = unsafeBlocksLink(v);
      if (hit !== null) return hit;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const node = value as Record<string, unknown>;
  if (node.type === 'link') {
    const url = node.url;
    if (typeof url !== 'string' || !isSafeHref(url)) return typeof url === 'string' ? url : String(url);
  }
  return unsafeBlocksLink(node.children);
}

/** Save-time rules on the merged state (stored draft + changes). Exported for unit tests. */
export function checkOnSave(uid: string, attributes: Record<string, Attribute>, data: Data): void {
  if (attributes.slug?.type === 'uid' && !blank(data.slug)) {
    const slug = data.slug;
    if (typeof slug !== 'string' || !isSlug(slug)) fail(uid, 'slug', `„${String(slug)}“ ist nicht erlaubt – ${SLUG_MESSAGE}`, slug);
  }
  const ssi = findSsiCommand(data);
  if (ssi !== null) fail(uid, String(ssi[0]), SSI_MESSAGE);
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type !== 'blocks') continue;
    const url = unsafeBlocksLink(data[name]);
    if (url !== null) fail(uid, name, `${SAFE_HREF_MESSAGE}: „${url}“`, url);
  }
  // [from, to, may be equal]: an event or meeting may end when it starts (all-day, open end);
  // an alert shown for no time at all is a mistake (its contract: end after start).
  const pairs: [string, string, boolean][] = [
    ['start', 'end', uid !== 'api::alert.alert'],
    ['publishAt', 'unpublishAt', false],
  ];
  for (const [from, to, mayBeEqual] of pairs) {
    if (!(from in attributes) || !(to in attributes)) continue;
    const a = time(data[from]);
    const b = time(data[to]);
    if (a !== null && b !== null && (b < a || (b === a && !mayBeEqual))) {
      fail(uid, to, `muss ${mayBeEqual ? 'gleich oder nach' : 'nach'} „${label(uid, from)}“ liegen.`, data[to]);
    }
  }
  if ('link' in attributes && 'linkText' in attributes && blank(data.link) !== blank(data.linkText)) {
    fail(uid, blank(data.link) ? 'link' : 'linkText', 'Link und Linktext nur zusammen angeben (oder beide leer lassen).');
  }
}

function emptyValue(attribute: Attribute, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) {
    if (value.length === 0) return true;
    // Blocks: only paragraphs without any text count as empty.
    if (attribute.type === 'blocks')
      return (
        JSON.stringify(value)
          .replace(/"type":"[^"]*"|"text":""|[{}[\],:"]|children/g, '')
          .trim() === ''
      );
  }
  return false;
}

/** Required fields of a draft that is about to be published. Exported for unit tests. */
export function missingRequired(attributes: Record<string, Attribute>, doc: Data): string[] {
  return Object.entries(attributes)
    .filter(([, a]) => a.required === true)
    .filter(([name, a]) => emptyValue(a, doc[name]))
    .map(([name]) => name);
}

const WITH_POPULATE = new Set(['relation', 'component', 'media', 'dynamiczone']);

const VIDEO_COMPONENT = 'shared.video';
const VIDEO_FILES = Object.keys(VIDEO_FILE_TYPES) as VideoFileField[];
/** A video field's label in the dashboard (labels.ts), for the message. */
const videoLabel = (field: VideoFileField): string => germanLabel(VIDEO_COMPONENT, field) ?? field;

/** The id of a media field's value as the document service receives it (id, { id }, or the populated file). */
function mediaId(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  if (typeof value === 'object' && value !== null && 'id' in value) return mediaId((value as { id: unknown }).id);
  return null;
}

/** The MIME type of each media-library file, looked up by id. */
export type MimeLookup = (ids: number[]) => Promise<Map<number, string>>;

/**
 * The video components of an entry (shared.video): captions are required when the video has
 * speech, and each file field holds its type (an editor can pick any library file into any media
 * field). The message names the component's field and the file's field by their dashboard labels.
 */
export async function checkVideos(uid: string, attributes: Record<string, Attribute>, data: Data, mimes: MimeLookup): Promise<void> {
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type !== 'component' || attribute.component !== VIDEO_COMPONENT) continue;
    const video = data[name];
    if (typeof video !== 'object' || video === null || Array.isArray(video)) continue;
    const fields = video as Data;
    // Only fields the save names: a partial update leaves the others as they are.
    if ('captions' in fields || 'speech' in fields) {
      const captions = videoCaptionsProblem(fields.speech, mediaId(fields.captions) !== null);
      if (captions !== null) fail(uid, name, `„${videoLabel('captions')}“: ${captions}`);
    }
    const ids = VIDEO_FILES.map((f) => [f, mediaId(fields[f])] as const).filter((e): e is readonly [VideoFileField, number] => e[1] !== null);
    if (ids.length === 0) continue;
    const known = await mimes(ids.map(([, id]) => id));
    for (const [field, id] of ids) {
      const problem = videoFileProblem(field, known.get(id));
      if (problem !== null) fail(uid, name, `„${videoLabel(field)}“: ${problem}`);
    }
  }
}

function videoPopulate(attributes: Record<string, Attribute>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributes)
      .filter(([, a]) => a.type === 'component' && a.component === VIDEO_COMPONENT)
      .map(([name]) => [name, { populate: Object.fromEntries(VIDEO_FILES.map((f) => [f, true])) }]),
  );
}

export function registerEditorialValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!context.uid.startsWith('api::')) return next();
    const model = strapi.contentTypes[context.uid as keyof typeof strapi.contentTypes];
    const attributes = model.attributes as unknown as Record<string, Attribute>;
    const params = context.params as { documentId?: string; locale?: string; data?: Data };
    const mimes: MimeLookup = async (ids) => {
      const rows = (await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: ids } }, select: ['id', 'mime'] })) as {
        id: number;
        mime: string;
      }[];
      return new Map(rows.map((r) => [r.id, r.mime]));
    };

    // A clone writes the source's fields with the changes in `data`: checked like an update.
    if (context.action === 'create' || context.action === 'update' || context.action === 'clone') {
      const data = params.data ?? {};
      let stored: Data = {};
      if (context.action !== 'create' && params.documentId) {
        const scalar = Object.keys(attributes).filter((k) => !WITH_POPULATE.has(attributes[k]?.type ?? ''));
        stored = ((await strapi.documents(context.uid).findOne({
          documentId: params.documentId,
          ...(params.locale ? { locale: params.locale } : {}),
          status: 'draft',
          fields: scalar as never,
        })) ?? {}) as Data;
      }
      checkOnSave(context.uid, attributes, { ...stored, ...data });
      await checkVideos(context.uid, attributes, data, mimes);
    }

    if (context.action === 'publish' && params.documentId) {
      const populate = Object.keys(attributes).filter((k) => attributes[k]?.required === true && WITH_POPULATE.has(attributes[k]?.type ?? ''));
      const draft = (await strapi.documents(context.uid).findOne({
        documentId: params.documentId,
        ...(params.locale ? { locale: params.locale } : {}),
        status: 'draft',
        populate: { ...Object.fromEntries(populate.map((k) => [k, true])), ...videoPopulate(attributes) } as never,
      })) as Data | null;
      if (draft) {
        checkOnSave(context.uid, attributes, draft);
        await checkVideos(context.uid, attributes, draft, mimes);
        const missing = missingRequired(attributes, draft);
        if (missing.length > 0) {
          const names = missing.map((f) => `„${label(context.uid, f)}“`).join(', ');
          throw new errors.ValidationError(`Vor dem Veröffentlichen ausfüllen: ${names}.`, {
            errors: missing.map((f) => ({ path: [f], message: `${label(context.uid, f)}: Pflichtfeld`, name: 'ValidationError' })),
          });
        }
      }
    }
    return next();
  });
}
