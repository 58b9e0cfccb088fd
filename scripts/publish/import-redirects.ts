/*
 * `pnpm redirects:import <datei.csv> [--dry-run]`: old addresses from a spreadsheet into the
 * CMS as Weiterleitungen.
 *
 * The CSV (columns from, to, status; "," or ";") is compiled with shared/src/redirects.ts: rows
 * that are invalid, conflicting, self-redirects or loops are rejected and reported with their
 * line numbers; chains are collapsed (A→B, B→C ⇒ A→C, B→C) so every served redirect is one hop.
 * The valid rules are written through Strapi's REST API, idempotent by the old address: a rule
 * whose address is already stored (in any spelling: case, `www.`) updates that entry, an
 * unchanged one is left alone, so running an import twice changes nothing.
 *
 * Environment: CMS_URL (default http://127.0.0.1:1337); CMS_WRITE_TOKEN, else CMS_API_TOKEN —
 * an API token that may create and update redirects (dashboard → Einstellungen → API-Tokens,
 * type „Full access“ or „Custom“ with Weiterleitung find/create/update); SITE_URL and SITE_HOSTS:
 * full URLs on these hosts are stored as site paths; REDIRECT_QUERY_KEYS: the query parameters
 * that identify an old page (default index.php=id) — an old address is stored with those only. Exit code 1 when rows were rejected (the
 * valid ones are written all the same), 2 when nothing could be written.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createCmsClient, mapLimit } from '@stadtportal/shared/client';
import { redirectStatusValue } from '@stadtportal/shared/normalize';
import { formatProblem, importRedirectsCsv, redirectSourceKey, ruleSource, type RedirectOptions, type RedirectRule } from '@stadtportal/shared/redirects';
import { importHeaderValue, REDIRECT_IMPORT_HEADER } from '@stadtportal/shared/record';
import { queryKeysFromEnv } from './redirects.ts';

export interface ImportOptions {
  cmsUrl: string;
  token: string;
  redirectOptions?: RedirectOptions;
  /** Parallel write requests (the CMS database serialises writes anyway). */
  concurrency?: number;
  dryRun?: boolean;
  log?: (line: string) => void;
}

export interface ImportResult {
  valid: number;
  rejected: number;
  collapsed: number;
  created: number;
  updated: number;
  unchanged: number;
  report: string[];
}

interface Stored {
  documentId: string;
  from: string;
  to: string | null;
  kind: string;
}

async function write(cmsUrl: string, token: string, method: 'POST' | 'PUT', path: string, data: Record<string, unknown>, file: string): Promise<void> {
  const res = await fetch(`${cmsUrl}${path}`, {
    method,
    // The file's name: the CMS records the write as a redirect import from it (publication record).
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', [REDIRECT_IMPORT_HEADER]: importHeaderValue(file) },
    body: JSON.stringify({ data }),
    signal: AbortSignal.timeout(30_000),
  });
  if (res.ok) return;
  const body = await res.text();
  let message = body.slice(0, 300);
  try {
    const parsed = JSON.parse(body) as { error?: { message?: string } };
    if (parsed.error?.message) message = parsed.error.message;
  } catch {
    // Not JSON (a proxy error page): the raw start of the body is the best reason we have.
  }
  if (res.status === 401 || res.status === 403) {
    throw new Error(`CMS verweigert das Schreiben (${res.status}): das API-Token braucht Schreibrecht für Weiterleitungen (CMS_WRITE_TOKEN).`);
  }
  throw new Error(`${method} ${path} → ${res.status}: ${message} (${String(data.from)})`);
}

export async function importRedirects(csv: string, source: string, options: ImportOptions): Promise<ImportResult> {
  const log = options.log ?? (() => {});
  const set = importRedirectsCsv(csv, options.redirectOptions);
  const report: string[] = [];
  for (const e of set.errors) report.push(`Abgelehnt: ${formatProblem(e)}`);
  for (const n of set.notes) report.push(`Hinweis: ${formatProblem(n)}`);
  const collapsed = set.notes.filter((n) => n.message.startsWith('Kette')).length;
  const result: ImportResult = { valid: set.rules.length, rejected: set.errors.length, collapsed, created: 0, updated: 0, unchanged: 0, report };
  if (options.dryRun || set.rules.length === 0) return result;

  const client = createCmsClient({ baseUrl: options.cmsUrl, token: options.token });
  const stored = (await client.findAll('redirects', { fields: ['from', 'to', 'kind'], sort: ['id:asc'] })) as unknown as Stored[];
  const byKey = new Map<string, Stored>();
  for (const s of stored) {
    const key = redirectSourceKey(s.from, options.redirectOptions);
    if (key !== null && !byKey.has(key)) byKey.set(key, s);
  }
  const file = basename(source);
  await mapLimit(set.rules, options.concurrency ?? 4, async (rule: RedirectRule) => {
    const from = ruleSource(rule);
    const kind = redirectStatusValue(rule.status);
    const existing = byKey.get(redirectSourceKey(from, options.redirectOptions) ?? '');
    if (existing && existing.from === from && (existing.to ?? null) === rule.to && existing.kind === kind) {
      result.unchanged++;
      return;
    }
    const data = { from, to: rule.to, kind, note: `Import ${file}, Zeile ${rule.line}` };
    if (existing) {
      await write(options.cmsUrl, options.token, 'PUT', `/api/redirects/${existing.documentId}`, data, file);
      result.updated++;
    } else {
      await write(options.cmsUrl, options.token, 'POST', '/api/redirects', data, file);
      result.created++;
    }
    const done = result.created + result.updated;
    if (done % 500 === 0) log(`… ${done} geschrieben`);
  });
  return result;
}

async function main(argv: string[]): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('Aufruf: pnpm redirects:import <datei.csv> [--dry-run]');
    return 2;
  }
  const token = process.env.CMS_WRITE_TOKEN || process.env.CMS_API_TOKEN || '';
  if (!token && !dryRun) {
    console.error('CMS_WRITE_TOKEN (oder CMS_API_TOKEN) fehlt: ein API-Token mit Schreibrecht für Weiterleitungen (Dashboard → Einstellungen → API-Tokens).');
    return 2;
  }
  const siteUrl = process.env.SITE_URL || '';
  const siteHosts = [...(siteUrl ? [new URL(siteUrl).hostname] : []), ...(process.env.SITE_HOSTS ?? '').split(/[\s,]+/).filter(Boolean)];
  const result = await importRedirects(await readFile(file, 'utf8'), file, {
    cmsUrl: (process.env.CMS_URL || 'http://127.0.0.1:1337').replace(/\/+$/, ''),
    token,
    redirectOptions: { siteHosts, queryKeys: queryKeysFromEnv() },
    dryRun,
    log: (l) => console.log(l),
  });
  for (const line of result.report) console.log(line);
  console.log(
    `Weiterleitungen aus ${file}: ${result.valid} gültig (${result.collapsed} Ketten zusammengefasst), ${result.rejected} Probleme abgelehnt` +
      (dryRun ? ' – Probelauf, nichts geschrieben.' : `; im CMS ${result.created} neu, ${result.updated} geändert, ${result.unchanged} unverändert.`),
  );
  return result.rejected > 0 ? 1 : 0;
}

if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 2;
  }
}
