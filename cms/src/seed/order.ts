import type { SeedPage } from './types';

/**
 * Parents before children, otherwise in the authored order: a child's `parent` relation can only
 * point at a page that already exists (and is published, so the published child links to it).
 * Throws on a duplicate slug, an unknown parent and a cycle, naming the pages.
 */
export function parentsFirst(pages: readonly SeedPage[]): SeedPage[] {
  const bySlug = new Map<string, SeedPage>();
  for (const page of pages) {
    if (bySlug.has(page.slug)) throw new Error(`Seed: Seiten-Slug „${page.slug}“ kommt mehrfach vor`);
    bySlug.set(page.slug, page);
  }

  const ordered: SeedPage[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();

  const visit = (page: SeedPage, trail: string[]): void => {
    if (done.has(page.slug)) return;
    if (visiting.has(page.slug)) {
      throw new Error(`Seed: Seiten bilden einen Kreis über „parent“: ${[...trail, page.slug].join(' → ')}`);
    }
    visiting.add(page.slug);
    if (page.parent !== null) {
      const parent = bySlug.get(page.parent);
      if (!parent) throw new Error(`Seed: Seite „${page.slug}“ nennt unbekannte übergeordnete Seite „${page.parent}“`);
      visit(parent, [...trail, page.slug]);
    }
    visiting.delete(page.slug);
    done.add(page.slug);
    ordered.push(page);
  };

  for (const page of pages) visit(page, []);
  return ordered;
}
