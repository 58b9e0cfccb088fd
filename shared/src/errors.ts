import type { z } from 'zod';
import { findSsiCommand, SSI_MESSAGE, SSI_OPENER } from './rules/text.ts';

/** One problem with one CMS entry: enough for an editor to find and fix it. */
export interface ContentIssue {
  /** Content type as the CMS names it: organisation, page, news-article, site-settings. */
  type: string;
  /** Strapi documentId, or "–" where the entry has none (single types, broken payloads). */
  documentId: string;
  /** Dotted path of the field inside the entry, e.g. "body.3.children.0.url". */
  field: string;
  message: string;
}

export function formatIssue(i: ContentIssue): string {
  return `${i.type} ${i.documentId}, Feld „${i.field || '(Eintrag)'}“: ${i.message}`;
}

/** Thrown when content from the CMS or a snapshot does not match the contract. */
export class InvalidContentError extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `  - ${formatIssue(i)}`);
    const more = issues.length > 20 ? [`  … und ${issues.length - 20} weitere`] : [];
    super([`Ungültiger Inhalt (${issues.length} Fehler):`, ...shown, ...more].join('\n'));
    this.name = 'InvalidContentError';
    this.issues = issues;
  }
}

/** Thrown by readSnapshot when there is no snapshot to build from. */
export class SnapshotMissingError extends Error {
  constructor(path: string) {
    super(`Kein Inhalts-Snapshot unter ${path} – zuerst „pnpm snapshot“ bei laufendem CMS ausführen.`);
    this.name = 'SnapshotMissingError';
  }
}

export function issuesFromZod(type: string, documentId: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({
    type,
    documentId,
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

export function documentIdOf(raw: unknown): string {
  return typeof raw === 'object' && raw !== null && 'documentId' in raw && typeof raw.documentId === 'string' ? raw.documentId : '–';
}

/**
 * The contract's one check that looks at every string of an entry, whatever its field: no nginx
 * server-side include command (rules/text.ts). Pages are served with `ssi on`, and attribute
 * values (a meta description, an alt text) keep „<!--#“ as it is; no field of a town's content
 * needs it. Applied where raw entries enter (normalisation) and where a snapshot is read.
 */
export function ssiIssues(type: string, documentId: string, value: unknown): ContentIssue[] {
  // JSON keeps "<!--#" verbatim: one search rules out almost every entry before the walk.
  const text = JSON.stringify(value);
  if (text === undefined || !text.includes(SSI_OPENER)) return [];
  const path = findSsiCommand(value);
  return path === null ? [] : [{ type, documentId, field: path.join('.'), message: SSI_MESSAGE }];
}

/** The entries of a list that pass the schema; each one that does not adds its issues (with its documentId). */
export function validateList<T>(type: string, schema: z.ZodType<T>, list: readonly unknown[], issues: ContentIssue[]): T[] {
  const out: T[] = [];
  for (const raw of list) {
    const result = schema.safeParse(raw);
    const ssi = ssiIssues(type, documentIdOf(raw), raw);
    issues.push(...ssi);
    if (result.success && ssi.length === 0) out.push(result.data);
    else if (!result.success) issues.push(...issuesFromZod(type, documentIdOf(raw), result.error));
  }
  return out;
}
