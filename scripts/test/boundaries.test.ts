import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The package boundaries, checked on the sources: production code (scripts/, site/, cms/,
 * shared/) never imports the test package, and nothing reaches into shared/src past the
 * contract's exports (a deep import breaks as soon as a file moves inside shared/).
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = /\.(?:ts|mts|mjs|js|astro|tsx)$/;
// This file: its scanner test holds offending specifiers on purpose.
const SKIP = new Set(['node_modules', 'dist', '.astro', '.strapi', '.cache', 'fixtures', 'boundaries.test.ts']);

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(ROOT, dir), { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.preview-server')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sources(path)));
    else if (SOURCE.test(entry.name)) out.push(path);
  }
  return out;
}

/** Module specifiers of static imports, re-exports and dynamic imports (comments excluded). */
export function specifiers(code: string): string[] {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const m of withoutComments.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)) {
    if (m[1] !== undefined) found.push(m[1]);
  }
  return found;
}

async function offending(dirs: string[], bad: (spec: string, file: string) => boolean): Promise<string[]> {
  const hits: string[] = [];
  for (const dir of dirs) {
    for (const file of await sources(dir)) {
      for (const spec of specifiers(await readFile(join(ROOT, file), 'utf8'))) {
        if (bad(spec, file)) hits.push(`${relative(ROOT, join(ROOT, file))}: ${spec}`);
      }
    }
  }
  return hits;
}

describe('package boundaries', () => {
  it('finds the specifiers it is meant to find (the scanner itself)', () => {
    // Built from parts, so that this file's own text holds no such import.
    const up = '../';
    const code = `import a from '${up}e2e/helpers/x.ts';\nexport { b } from "../../shared/src/y.ts";\nconst c = await import('@stadtportal/e2e');\n// import d from '${up}e2e/comment.ts';`;
    expect(specifiers(code)).toEqual(['../e2e/helpers/x.ts', '../../shared/src/y.ts', '@stadtportal/e2e']);
  });

  it('production code does not import the test package', async () => {
    const hits = await offending(['scripts', 'site/src', 'site/integrations', 'site/preview', 'cms/src', 'cms/config', 'shared/src'], (spec) =>
      /(?:^|\/)e2e(?:\/|$)|^@stadtportal\/e2e/.test(spec),
    );
    expect(hits).toEqual([]);
  });

  it('no package imports shared/src past the contract’s exports', async () => {
    const hits = await offending(['scripts', 'site', 'cms/src', 'cms/config', 'cms/scripts', 'e2e', 'bench'], (spec) =>
      /(?:^|\/)shared\/src(?:\/|$)/.test(spec),
    );
    expect(hits).toEqual([]);
  });
});
