// Types for the plain-JS gate, so the TypeScript tests can call it.
export const CHROME_ARGS: string[];
export function sitemapPaths(dist: string): Promise<string[]>;
export function pagesOutsideSitemap(dist: string, sitemap: readonly string[]): Promise<string[]>;
export interface GateFailure {
  page: string;
  rule: string;
  message: string;
  selector: string;
}
export interface Shard {
  /** 1-based */
  index: number;
  count: number;
}
export function parseShard(value: string): Shard;
export function shardPaths(paths: string[], shard?: Shard): string[];
export function runGate(
  distDir: string,
  options?: { concurrency?: number; minUrls?: number; shard?: Shard | undefined; only?: ReadonlySet<string> | undefined; log?: (line: string) => void },
): Promise<{ urls: number; failures: GateFailure[]; seconds: number }>;
