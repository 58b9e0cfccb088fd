import type { Core } from '@strapi/strapi';
import { REQUESTER_FIELD, REVIEW_FIELD } from '../editorial/four-eyes';

/*
 * A published version as the editor's own data (docs/adr/0023-version-history.md): the fields of
 * the content type, read through its schema, in the shape the Document Service takes back on
 * `update` — relations as documentIds, media as upload file ids, components as their fields
 * (without their row ids, which change on every publish). That is what is hashed, stored, diffed
 * and restored. Left out: what Strapi sets itself (ids, timestamps, who created/updated, locale,
 * localizations), private fields (they are never shown to an editor), the four-eyes workflow
 * state (a restore must not put a draft „zur Freigabe“), and the other side of a two-sided
 * relation (`mappedBy`: the other document holds it, e.g. a page's `children`).
 */

interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  mappedBy?: string;
  private?: boolean;
  component?: string;
  repeatable?: boolean;
  multiple?: boolean;
}

interface Schema {
  attributes: Record<string, Attribute>;
}

const SYSTEM_FIELDS = new Set(['id', 'documentId', 'locale', 'localizations', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy']);
const WORKFLOW_FIELDS = new Set([REVIEW_FIELD, REQUESTER_FIELD]);

/** The fields a version keeps, by name, with their schema. */
function keptFields(schema: Schema): [string, Attribute][] {
  return Object.entries(schema.attributes).filter(
    ([name, a]) => !SYSTEM_FIELDS.has(name) && !WORKFLOW_FIELDS.has(name) && a.private !== true && !(a.type === 'relation' && a.mappedBy !== undefined),
  );
}

function schemaOf(strapi: Core.Strapi, uid: string, kind: 'contentType' | 'component'): Schema {
  const registry = (kind === 'contentType' ? strapi.contentTypes : strapi.components) as unknown as Record<string, Schema | undefined>;
  const schema = registry[uid];
  if (schema === undefined) throw new Error(`Versionsgeschichte: Schema ${uid} unbekannt.`);
  return schema;
}

/** The populate tree (Query Engine) that loads everything a version keeps, components at any depth. */
export function populateFor(strapi: Core.Strapi, schema: Schema): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, a] of keptFields(schema)) {
    if (a.type === 'relation') populate[name] = { select: ['documentId'] };
    else if (a.type === 'media') populate[name] = { select: ['id'] };
    else if (a.type === 'component' && a.component !== undefined) {
      const nested = populateFor(strapi, schemaOf(strapi, a.component, 'component'));
      populate[name] = Object.keys(nested).length > 0 ? { populate: nested } : true;
    } else if (a.type === 'dynamiczone') populate[name] = true;
  }
  return populate;
}

export const contentPopulate = (strapi: Core.Strapi, uid: string) => populateFor(strapi, schemaOf(strapi, uid, 'contentType'));

type Row = Record<string, unknown>;

const refOf = (value: unknown, key: 'documentId' | 'id'): unknown =>
  typeof value === 'object' && value !== null && key in value ? (value as Record<string, unknown>)[key] : null;

/** The kept fields of a row loaded with `populateFor`, as update data. */
export function extractFields(strapi: Core.Strapi, schema: Schema, row: Row): Row {
  const out: Row = {};
  for (const [name, a] of keptFields(schema)) {
    const value = row[name];
    if (a.type === 'relation') {
      const many = a.relation?.endsWith('ToMany') === true || a.relation === 'morphToMany';
      out[name] = many ? (Array.isArray(value) ? value.map((v) => refOf(v, 'documentId')) : []) : value ? refOf(value, 'documentId') : null;
    } else if (a.type === 'media') {
      out[name] = a.multiple === true ? (Array.isArray(value) ? value.map((v) => refOf(v, 'id')) : []) : value ? refOf(value, 'id') : null;
    } else if (a.type === 'component' && a.component !== undefined) {
      const component = schemaOf(strapi, a.component, 'component');
      if (a.repeatable === true) out[name] = Array.isArray(value) ? value.map((v) => extractFields(strapi, component, v as Row)) : [];
      else out[name] = value ? extractFields(strapi, component, value as Row) : null;
    } else if (a.type === 'dynamiczone') {
      out[name] = Array.isArray(value)
        ? value.map((v) => {
            const entry = v as Row;
            const uid = typeof entry.__component === 'string' ? entry.__component : '';
            return { __component: uid, ...extractFields(strapi, schemaOf(strapi, uid, 'component'), entry) };
          })
        : [];
    } else out[name] = value ?? null;
  }
  return out;
}

export const extractContent = (strapi: Core.Strapi, uid: string, row: Row): Row => extractFields(strapi, schemaOf(strapi, uid, 'contentType'), row);
