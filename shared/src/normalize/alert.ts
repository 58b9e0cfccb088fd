import { z } from 'zod';
import { InvalidContentError, issuesFromZod, ssiIssues, type ContentIssue } from '../errors.ts';
import { alert, type Alert } from '../schemas/alert.ts';
import type { Normalizer } from './helpers.ts';

/*
 * Strapi 5 REST entries of api::alert.alert (Eilmeldung) → contract objects. readAlert has no
 * dependency on the other normalisers because the build runner's fast path (scripts/publish/alerts.ts) needs exactly
 * this and nothing else. Same error style as the other types: type „alert“, documentId, field.
 */

export const ALERT_TYPE = 'alert';

/** The Strapi shape: flat fields, no relations, no media — only the documentId is checked here. */
const rawAlert = z.looseObject({
  documentId: z.string().min(1, 'documentId fehlt'),
});

/** Optional text fields: Strapi returns "" once an editor cleared a field, null if never set. */
function optionalText(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  return typeof v === 'string' && v.trim() === '' ? null : v;
}

function idOf(raw: unknown): string {
  return typeof raw === 'object' && raw !== null && 'documentId' in raw && typeof raw.documentId === 'string' && raw.documentId ? raw.documentId : '–';
}

/** One entry; problems are added to `issues` (nothing thrown), undefined when invalid. */
export function readAlert(issues: ContentIssue[], raw: unknown): Alert | undefined {
  const id = idOf(raw);
  // The check every entry point runs on every field (errors.ts), as begin() in helpers.ts.
  const ssi = ssiIssues(ALERT_TYPE, id, raw);
  if (ssi.length > 0) {
    issues.push(...ssi);
    return undefined;
  }
  const parsed = rawAlert.safeParse(raw);
  if (!parsed.success) {
    issues.push(...issuesFromZod(ALERT_TYPE, id, parsed.error));
    return undefined;
  }
  const r = parsed.data;
  const result = alert.safeParse({
    documentId: r.documentId,
    severity: r['severity'],
    title: r['title'],
    text: typeof r['text'] === 'string' ? r['text'].trim() : r['text'],
    link: optionalText(r['link']),
    linkText: optionalText(r['linkText']),
    start: r['start'],
    end: r['end'],
  });
  if (result.success) return result.data;
  issues.push(...issuesFromZod(ALERT_TYPE, id, result.error));
  return undefined;
}

/** The shared normaliser signature (helpers.ts) for the pull. */
export const normalizeAlert: Normalizer<Alert> = (run, raw) => readAlert(run.issues, raw);

/** All entries of one API answer; throws one InvalidContentError listing every problem. */
export function normalizeAlerts(raw: readonly unknown[]): Alert[] {
  const issues: ContentIssue[] = [];
  const out = raw.flatMap((r) => {
    const a = readAlert(issues, r);
    return a === undefined ? [] : [a];
  });
  if (issues.length > 0) throw new InvalidContentError(issues);
  return out;
}
