import { createHash } from 'node:crypto';

/*
 * The history of published versions (docs/adr/0023-version-history.md): the pure parts — the
 * canonical JSON a version is stored and hashed as, the retention rule, and the field-by-field,
 * word-by-word diff the dashboard shows. The CMS (cms/src/history) stores and serves; this file
 * decides. Compiled for the CMS like the other rules (ADR 0016).
 */

/** Official notices are kept as long as archives require; everything else for less (issue 20). */
export const OFFICIAL_HISTORY_TYPES = ['api::public-notice.public-notice', 'api::amtsblatt-issue.amtsblatt-issue'] as const;
export const DEFAULT_RETENTION_YEARS_OFFICIAL = 10;
export const DEFAULT_RETENTION_YEARS = 2;

/**
 * JSON with object keys sorted at every level and `undefined` members left out, so the same
 * content gives the same text (and hash) whatever order the database returned the fields in.
 * Array order is kept: it is content (a list's order, a paragraph's order).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  // A date from the database (a datetime field): as JSON writes it, not as an empty object.
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`Versionsgeschichte: Zahl ${String(value)} ist kein JSON.`);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}

/** SHA-256 (hex) of the canonical JSON: equal content, equal hash — the deduplication key. */
export function versionHash(data: Readonly<Record<string, unknown>>): string {
  return createHash('sha256').update(canonicalJson(data), 'utf8').digest('hex');
}

/** Retention in years for a content type (env values already read; invalid ones fall back). */
export function retentionYears(uid: string, years: { official?: number; other?: number } = {}): number {
  const valid = (n: number | undefined, fallback: number) => (n !== undefined && Number.isInteger(n) && n >= 1 ? n : fallback);
  return (OFFICIAL_HISTORY_TYPES as readonly string[]).includes(uid)
    ? valid(years.official, DEFAULT_RETENTION_YEARS_OFFICIAL)
    : valid(years.other, DEFAULT_RETENTION_YEARS);
}

/** Reads a retention variable: unset → the default; anything but a whole number ≥ 1 is an error (said at start, not ignored). */
export function parseRetentionYears(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw.trim());
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} „${raw}“ ist keine ganze Zahl ≥ 1 (Jahre).`);
  return n;
}

/** The point in time before which versions of that type may go (UTC calendar years back from `now`). */
export function retentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/** What retention needs to know of a stored version (no content). */
export interface VersionStamp {
  id: number;
  uid: string;
  documentId: string;
  locale: string | null;
  /** ISO time of the publish. */
  publishedAt: string;
}

/**
 * The versions retention may delete: older than their type's cutoff, and never the newest version
 * of a document in a locale (that is what is live, or was last — its history must not vanish).
 */
export function prunableVersions(versions: readonly VersionStamp[], now: Date, years: { official?: number; other?: number } = {}): number[] {
  const key = (v: VersionStamp) => `${v.uid}\u0000${v.documentId}\u0000${v.locale ?? ''}`;
  const at = (v: VersionStamp) => Date.parse(v.publishedAt);
  const newer = (a: VersionStamp, b: VersionStamp) => at(a) > at(b) || (at(a) === at(b) && a.id > b.id);
  const newest = new Map<string, VersionStamp>();
  for (const v of versions) {
    const current = newest.get(key(v));
    if (current === undefined || newer(v, current)) newest.set(key(v), v);
  }
  return versions
    .filter((v) => newest.get(key(v)) !== v && at(v) < retentionCutoff(now, retentionYears(v.uid, years)).getTime())
    .map((v) => v.id)
    .sort((a, b) => a - b);
}

interface BlockNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
  url?: unknown;
}

/** Plain text of Strapi's rich text (blocks): one line per block, list items and links' text included. */
export function blocksText(blocks: readonly unknown[]): string {
  const inline = (node: unknown): string => {
    if (typeof node !== 'object' || node === null) return '';
    const n = node as BlockNode;
    if (typeof n.text === 'string') return n.text;
    return Array.isArray(n.children) ? n.children.map(inline).join('') : '';
  };
  const lines: string[] = [];
  const block = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as BlockNode;
    const children = Array.isArray(n.children) ? (n.children as unknown[]) : [];
    // A list holds list items; each is a line of its own (as the reader sees it).
    if (n.type === 'list') for (const item of children) block(item);
    else lines.push(inline(node));
  };
  for (const b of blocks) block(b);
  return lines.join('\n');
}

const isBlocks = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.length > 0 && value.every((b) => typeof b === 'object' && b !== null && 'type' in b && 'children' in b);

/** A field's value as the text the diff compares: text as is, rich text as its text, anything else as JSON. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isBlocks(value)) return blocksText(value);
  return JSON.stringify(sortKeys(value), null, 2);
}

export type DiffOp = 'same' | 'removed' | 'added';
export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Beyond this many words per side the diff is whole-text (old out, new in): LCS is quadratic. */
export const MAX_DIFF_TOKENS = 4000;

/** Words and the whitespace between them, kept apart, so joining the parts gives the text back. */
const tokens = (text: string): string[] => text.split(/(\s+)/).filter((t) => t !== '');

/** Word-based diff (longest common subsequence). Joining the `same`+`removed` parts gives `before`, `same`+`added` gives `after`. */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ op: 'same', text: before }];
  const a = tokens(before);
  const b = tokens(after);
  if (a.length > MAX_DIFF_TOKENS || b.length > MAX_DIFF_TOKENS) {
    return [...(before === '' ? [] : [{ op: 'removed' as const, text: before }]), ...(after === '' ? [] : [{ op: 'added' as const, text: after }])];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lcs[i] as number[];
    const next = lcs[i + 1] as number[];
    for (let j = b.length - 1; j >= 0; j--) row[j] = a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffOp, text: string) => {
    const last = parts.at(-1);
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i] as string);
      i++;
      j++;
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) push('removed', a[i++] as string);
    else push('added', b[j++] as string);
  }
  while (i < a.length) push('removed', a[i++] as string);
  while (j < b.length) push('added', b[j++] as string);
  return parts;
}

export type FieldChange = 'changed' | 'added' | 'removed';
export interface FieldDiff {
  field: string;
  /** German label where the CMS has one, else the field name. */
  label: string;
  change: FieldChange;
  before: string;
  after: string;
  parts: DiffPart[];
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Field by field: what differs between two versions' data (unchanged fields are not listed).
 * A field empty on one side and set on the other is `added`/`removed`; otherwise `changed`, with
 * the word diff of the two texts. Sorted by field name, so the order does not depend on storage.
 */
export function diffVersions(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  label: (field: string) => string | undefined = () => undefined,
): FieldDiff[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out: FieldDiff[] = [];
  for (const field of fields) {
    const a = before[field];
    const b = after[field];
    if (canonicalJson(a ?? null) === canonicalJson(b ?? null)) continue;
    const change: FieldChange = isEmpty(a) ? 'added' : isEmpty(b) ? 'removed' : 'changed';
    const ta = valueText(a);
    const tb = valueText(b);
    out.push({ field, label: label(field) ?? field, change, before: ta, after: tb, parts: diffWords(ta, tb) });
  }
  return out;
}
