// Types for the plain-JS gate, so the TypeScript tests can call it.
export const CHROME_ARGS: string[];
export function sitemapPaths(dist: string): Promise<string[]>;
export interface GateFailure {
  page: string;
  rule: string;
  message: string;
  selector: string;
}
export function runGate(
  distDir: string,
  options?: { concurrency?: number; minUrls?: number; log?: (line: string) => void },
): Promise<{ urls: number; failures: GateFailure[]; seconds: number }>;
