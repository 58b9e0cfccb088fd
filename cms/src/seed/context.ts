import type { Core } from '@strapi/strapi';
import type { SeedMedia } from './media';
import type { Outcome } from './upsert';
import type { SeedImage } from './types';

/** Counts what a seed run did, for its one log line. */
export class Tally {
  private readonly counts: Record<Outcome, number> = { created: 0, updated: 0, unchanged: 0 };
  add(outcome: Outcome): void {
    this.counts[outcome] += 1;
  }
  toString(): string {
    return `neu ${this.counts.created}, geändert ${this.counts.updated}, unverändert ${this.counts.unchanged}`;
  }
}

export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function lookup(ids: ReadonlyMap<string, string>, slug: string, what: string, where: string): string {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`Seed: ${where} verweist auf unbekannte ${what} „${slug}“`);
  return id;
}

/**
 * What every type's seeder gets: Strapi, the media uploader, the tally, and the documentIds of
 * what was seeded before it, by slug (seed content refers to other entries by slug).
 */
export interface SeedContext {
  strapi: Core.Strapi;
  media: SeedMedia;
  tally: Tally;
  image(value: SeedImage | undefined): Promise<{ media: number; alt: string } | null>;
  organisationIds: ReadonlyMap<string, string>;
  pageIds: ReadonlyMap<string, string>;
  officeIds: ReadonlyMap<string, string>;
}
