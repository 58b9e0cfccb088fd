// The release gate „HTML-Validität“ (publish/steps.ts) with the Nu HTML Checker (vnu.jar from
// the npm package `vnu-jar`, run by the machine's Java ≥ 11; scripts/lib/env.sh ensure_java
// installs Debian's when missing). One Java process checks every HTML file of a folder: JVM
// start-up (~2 s) is paid once, not per page.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';

const require = createRequire(import.meta.url);
/** Path of vnu.jar (the package's main export is that path as a String object). */
export const VNU_JAR = String(require('vnu-jar') as string);

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  /** file:/abs/path/page.html */
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

export interface VnuResult {
  /** Errors (and fatal non-document errors), with `page` relative to the checked folder. */
  errors: (VnuMessage & { page: string })[];
  version: string;
}

export interface VnuOptions {
  signal?: AbortSignal;
  java?: string;
  /** Check only these HTML files (absolute paths below `dir`) instead of the whole folder. */
  files?: readonly string[];
}

/**
 * More files than this are checked as the whole folder: one argument per file would run into the
 * system's limit for a command line, and checking a folder costs the same per file.
 */
const MAX_FILE_ARGS = 1000;

/**
 * Check every .html/.htm file under `dir` (recursively; other files are skipped). Rejects
 * only when the checker could not run; validity errors are returned.
 */
export function checkHtml(dir: string, options: VnuOptions = {}): Promise<VnuResult> {
  const java = options.java || process.env.JAVA_BIN || 'java';
  const targets = options.files && options.files.length <= MAX_FILE_ARGS ? options.files : [dir];
  if (targets.length === 0) return Promise.resolve({ errors: [], version: 'nichts zu prüfen' });
  const args = ['-Xss8m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...targets];
  return new Promise((resolve, reject) => {
    execFile(java, args, { maxBuffer: 64 * 1024 * 1024, ...(options.signal ? { signal: options.signal } : {}) }, (err, _stdout, stderr) => {
      // Exit 1 means "errors found" and the JSON report is on stderr; anything else without a
      // parseable report is a failure of the checker itself (no Java, broken jar, killed).
      let report: { version?: string; messages?: VnuMessage[] } | null;
      try {
        report = JSON.parse(stderr) as { version?: string; messages?: VnuMessage[] };
      } catch {
        report = null;
      }
      if (report === null || !Array.isArray(report.messages)) {
        const code = err && 'code' in err ? String(err.code) : '?';
        return reject(new Error(`Nu HTML Checker (${java} -jar vnu.jar) lief nicht (Code ${code}): ${(stderr || err?.message || '').slice(0, 2000)}`));
      }
      const errors = report.messages
        .filter((m) => m.type === 'error' || m.type === 'non-document-error')
        .map((m) => ({ ...m, page: m.url ? relative(dir, decodeURI(m.url.replace(/^file:/, ''))) : '' }));
      resolve({ errors, version: report.version ?? 'unbekannt' });
    });
  });
}

/** One line per error, as editors read them in the build status. */
export function formatVnuError(e: VnuResult['errors'][number]): string {
  const where = e.lastLine === undefined ? e.page : `${e.page}:${e.lastLine}`;
  return `  ${where}: ${e.message}${e.extract ? ` („${e.extract.replace(/\s+/g, ' ').trim()}“)` : ''}`;
}
