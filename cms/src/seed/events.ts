// PLACEHOLDER (lead): the events helper replaces this file.
import type { SeedContext } from './context';
export interface SeedEvent { slug: string }
export async function seedEvents(_ctx: SeedContext, events: readonly SeedEvent[]): Promise<string> {
  return `${events.length} Veranstaltungen`;
}
