// PLACEHOLDER (lead): the notices helper replaces this file.
import type { SeedContext } from './context';
export interface SeedAmtsblattIssue { number: number }
export interface SeedNotice { slug: string }
export async function seedNotices(_ctx: SeedContext, amtsblatt: readonly SeedAmtsblattIssue[], notices: readonly SeedNotice[]): Promise<string> {
  return `${amtsblatt.length} Amtsblätter, ${notices.length} Bekanntmachungen`;
}
