// Accessibility gate at scale: the real gate (scripts/a11y-gate.mjs, pa11y-ci with axe + htmlcs
// in Chromium) over ONE shard of the large site — every n-th sitemap URL, so the sample holds
// every page type in its share — and the time for the whole site extrapolated from it.
import { runGate, sitemapPaths } from '@stadtportal/publish/a11y-gate';

export interface GateFigures {
  urls: number;
  sample: number;
  shard: string;
  sampleSeconds: number;
  failures: number;
  secondsPerUrl: number;
  /** Extrapolated: the whole site on one runner with the gate's concurrency. */
  totalMinutes: number;
  /** CI jobs needed so that each job's gate stays within `budgetMinutes`. */
  jobs: number;
  budgetMinutes: number;
  firstFailures: string[];
}

export async function gateAtScale(dist: string, sampleSize: number, concurrency: number, budgetMinutes: number): Promise<GateFigures> {
  const urls = (await sitemapPaths(dist)).length;
  const count = Math.max(1, Math.round(urls / sampleSize));
  const result = await runGate(dist, { concurrency, shard: { index: 1, count }, log: () => {} });
  const sample = Math.ceil(urls / count);
  const secondsPerUrl = result.seconds / sample;
  const totalMinutes = (secondsPerUrl * urls) / 60;
  return {
    urls,
    sample,
    shard: `1/${count}`,
    sampleSeconds: result.seconds,
    failures: result.failures.length,
    secondsPerUrl,
    totalMinutes,
    jobs: Math.max(1, Math.ceil(totalMinutes / budgetMinutes)),
    budgetMinutes,
    firstFailures: result.failures.slice(0, 5).map((f) => `${f.page} [${f.rule}] ${f.message}`),
  };
}
