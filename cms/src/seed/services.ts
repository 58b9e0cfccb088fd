// PLACEHOLDER (lead): the services helper replaces this file.
import type { SeedContext } from './context';
export interface SeedService { slug: string }
export interface SeedLifeEvent { slug: string }
export async function seedServices(_ctx: SeedContext, services: readonly SeedService[], lifeEvents: readonly SeedLifeEvent[]): Promise<string> {
  return `${services.length} Leistungen, ${lifeEvents.length} Lebenslagen`;
}
