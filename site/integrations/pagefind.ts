import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { PAGEFIND_DIR } from '../src/lib/urls.ts';

const STOCK_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Pages in the German index, from Pagefind's entry file (`pagefind-entry.json`, which the
 * browser script reads too). A build whose index is empty would ship a search that never finds
 * anything: that fails here.
 */
async function indexedPages(outputPath: string): Promise<number> {
  const entryFile = join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  const count = entry.languages?.['de']?.page_count ?? 0;
  if (count === 0) throw new Error(`Pagefind: keine Seite im deutschen Suchindex (${entryFile}); fehlt data-pagefind-body?`);
  return count;
}

/**
 * Builds the static full-text index with Pagefind's Node API after `astro build`, so every
 * build (`pnpm build`, the tests, the e2e builds) ships `/pagefind/` next to its pages.
 *
 * What is indexed: only elements marked `data-pagefind-body` — Base.astro puts it on <main> of
 * every content page, so header, navigation and footer do not make every page match „Impressum“,
 * and pages without it (404, the search page) are left out.
 *
 * Extra search terms (synonyms of a service, „Perso“ for „Personalausweis“): Pagefind (≥ 1.5)
 * searches metadata fields as well as body text. Content adds them with an element inside or
 * outside <main>, e.g. `<span hidden data-pagefind-meta="synonyms:Perso, Ausweis"></span>`
 * (components/SearchTerms.astro renders exactly that): found by the search, never shown, never
 * read out. A meta value is the rest of the attribute after `key:`, commas included.
 *
 * The binary comes with the npm package (`@pagefind/<platform>`); nothing is downloaded here.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'stadtportal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // German stemming for the whole site; <html lang="de"> says the same, but a page
        // without lang must not end up in a separate, unsearched language index.
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'de' });
          if (!index) throw new Error(`Pagefind: kein Index angelegt: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind: Fehler beim Einlesen von ${site}: ${added.errors.join('; ')}`);
          const outputPath = join(site, PAGEFIND_DIR);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind: Index nicht geschrieben: ${written.errors.join('; ')}`);
          // Pagefind always writes its stock UIs too; the site has its own (the stock one fails
          // WCAG 2 AA), so they are not shipped and cannot be wired in by mistake.
          for (const file of STOCK_UI_FILES) await rm(join(outputPath, file), { force: true });
          const indexed = await indexedPages(outputPath);
          logger.info(`Suchindex: ${indexed} von ${added.page_count} HTML-Dateien nach ${outputPath} geschrieben.`);
        } finally {
          // The service is a child process: without close() the build would not exit.
          await close();
        }
      },
    },
  };
}
