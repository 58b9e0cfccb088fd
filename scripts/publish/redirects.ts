/*
 * The redirects of a release: the CMS's Weiterleitungen (from the release's snapshot) plus the
 * operator's CSV (REDIRECTS_CSV), compiled into one-hop rules with shared/src/redirects.ts.
 *
 * A build writes them beside its release (`redirects.json`, the compiled rules) and into the
 * docroot as `_redirects` (static hosts). nginx reads its maps only at start or reload, so after
 * a release goes live (or a rollback) the configuration is regenerated from the live release's
 * rules and nginx reloaded (cli.ts). A rule the CMS defines wins over the CSV's rule for the same
 * old address: editors' changes are newer than the migration spreadsheet.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Redirect } from '@stadtportal/shared';
import {
  compileRedirects,
  formatProblem,
  parseRedirectCsv,
  redirectSourceKey,
  type RedirectOptions,
  type RedirectProblem,
  type RedirectRow,
  type RedirectRule,
} from '@stadtportal/shared/redirects';
import { readSnapshot } from '@stadtportal/shared/snapshot';
import { DEFAULT_QUERY_KEYS_TEXT, parseQueryKeys, type QueryKeys } from '@stadtportal/shared/rules';
import { netlifyRedirects } from './nginx.ts';
import type { Step } from './runner.ts';

export const RULES_FILE = 'redirects.json';

export interface CompiledRedirects {
  rules: RedirectRule[];
  /** Human-readable problems and notes; CMS entries are named „CMS: <alte Adresse>“. */
  report: string[];
  rejected: number;
}

/** CSV rows keep their line numbers; CMS rows are numbered after them (only for the report). */
export function compileAll(cms: readonly Redirect[], csv: string | null, options: RedirectOptions = {}): CompiledRedirects {
  const report: string[] = [];
  const cmsKeys = new Set(cms.map((r) => redirectSourceKey(r.from, options)).filter((k): k is string => k !== null));
  let csvRows: RedirectRow[] = [];
  let parseErrors: RedirectProblem[] = [];
  if (csv !== null) {
    const parsed = parseRedirectCsv(csv);
    parseErrors = parsed.errors;
    csvRows = parsed.rows.filter((r) => {
      const key = redirectSourceKey(r.from, options);
      if (key !== null && cmsKeys.has(key)) {
        report.push(`Hinweis: CSV Zeile ${r.line}: ${r.from} ist auch im CMS angelegt – die Weiterleitung aus dem CMS gilt.`);
        return false;
      }
      return true;
    });
  }
  const firstCmsLine = csvRows.reduce((n, r) => Math.max(n, r.line), 0) + 1;
  const cmsRows: RedirectRow[] = cms.map((r, i) => ({ line: firstCmsLine + i, from: r.from, to: r.to, status: r.status }));
  const set = compileRedirects([...csvRows, ...cmsRows], options);
  const where = (p: RedirectProblem) => {
    const cmsFroms = p.lines.filter((l) => l >= firstCmsLine).map((l) => cms[l - firstCmsLine]?.from ?? '?');
    const csvLines = p.lines.filter((l) => l < firstCmsLine);
    const parts = [...(csvLines.length > 0 ? [`CSV Zeile ${csvLines.join(', ')}`] : []), ...cmsFroms.map((f) => `CMS: ${f}`)];
    return `${parts.join('; ')}: ${p.message}`;
  };
  for (const e of parseErrors) report.push(`Abgelehnt: CSV ${formatProblem(e)}`);
  for (const e of set.errors) report.push(`Abgelehnt: ${where(e)}`);
  for (const n of set.notes) report.push(`Hinweis: ${where(n)}`);
  return { rules: set.rules, report, rejected: parseErrors.length + set.errors.length };
}

/**
 * REDIRECT_QUERY_KEYS (.env.example): which query parameters identify a page of the old site,
 * per file name; empty = the default `index.php=id`. A value the grammar refuses stops the
 * caller with the reason — a silently ignored setting would serve every old link to one page.
 */
export function queryKeysFromEnv(env: NodeJS.ProcessEnv = process.env): QueryKeys {
  const { keys, problem } = parseQueryKeys(env.REDIRECT_QUERY_KEYS || DEFAULT_QUERY_KEYS_TEXT);
  if (problem !== null) throw new Error(problem);
  return keys;
}

export function redirectOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): RedirectOptions {
  const siteUrl = env.SITE_URL || `http://127.0.0.1:${env.SITE_PORT || '4321'}`;
  return { siteHosts: [new URL(siteUrl).hostname, ...(env.SITE_HOSTS ?? '').split(/[\s,]+/).filter(Boolean)], queryKeys: queryKeysFromEnv(env) };
}

export function siteOriginFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITE_URL || `http://127.0.0.1:${env.SITE_PORT || '4321'}`;
}

async function readCsv(env: NodeJS.ProcessEnv): Promise<string | null> {
  const file = env.REDIRECTS_CSV;
  if (!file) return null;
  return readFile(file, 'utf8');
}

/**
 * Build step „Weiterleitungen“ (after the site build, so `_redirects` lands in the finished
 * docroot): rejected rules are reported in the build log and not served; they never fail a
 * build — the rest of the site and the valid redirects must still go live.
 */
export function redirectsStep(env: NodeJS.ProcessEnv = process.env): Step {
  return {
    name: 'Weiterleitungen',
    async run({ release, log }) {
      const snapshot = await readSnapshot(release.content);
      const compiled = compileAll(snapshot.redirects, await readCsv(env), redirectOptionsFromEnv(env));
      for (const line of compiled.report.slice(0, 200)) log(`  ${line}`);
      if (compiled.report.length > 200) log(`  … und ${compiled.report.length - 200} weitere Meldungen`);
      log(`  ${compiled.rules.length} Weiterleitungen (${snapshot.redirects.length} aus dem CMS), ${compiled.rejected} abgelehnt.`);
      await writeFile(join(release.dir, RULES_FILE), `${JSON.stringify(compiled.rules)}\n`);
      await writeFile(join(release.site, '_redirects'), netlifyRedirects(compiled.rules, siteOriginFromEnv(env)));
    },
  };
}

/** The compiled rules of a release folder (its `redirects.json`); null when it has none. */
export async function releaseRedirects(releaseDir: string): Promise<RedirectRule[] | null> {
  let text: string;
  try {
    text = await readFile(join(releaseDir, RULES_FILE), 'utf8');
  } catch (err) {
    // A release built before redirects were compiled per release.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const parsed: unknown = JSON.parse(text);
  // The rules themselves are checked by the nginx generator; here only that it is a list.
  if (!Array.isArray(parsed)) throw new Error(`${join(releaseDir, RULES_FILE)}: eine Liste von Weiterleitungen erwartet.`);
  return parsed as RedirectRule[];
}

/** The rules of the live release (`<base>/current/redirects.json`); null when there is none. */
export async function liveRedirects(base: string): Promise<RedirectRule[] | null> {
  return releaseRedirects(join(base, 'current'));
}
