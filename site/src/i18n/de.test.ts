import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { de, t, type MessageKey } from './de.ts';

const SRC = fileURLToPath(new URL('../', import.meta.url));

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );
}

/** Template of an .astro file without frontmatter, <style>, <script> (code, like the frontmatter), {expressions} and tags: what is left is literal text. */
function literalText(source: string): string {
  let template = source.replace(/^---[\s\S]*?\n---\n/, '').replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '');
  let depth = 0;
  let out = '';
  for (const ch of template) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (depth === 0) out += ch;
  }
  template = out.replace(/<[^>]*>/g, ' ');
  return template.replace(/\s+/g, ' ').trim();
}

describe('t()', () => {
  it('returns the message and fills its placeholders', () => {
    expect(t('skipLink.label')).toBe('Zum Inhalt springen');
    expect(t('pagination.status', { current: 2, total: 3 })).toBe('Seite 2 von 3');
    expect(t('title.page', { title: 'Impressum', siteName: 'Stadt Aschersleben' })).toBe('Impressum – Stadt Aschersleben');
  });

  it('throws when a placeholder has no value', () => {
    const call = t as (key: MessageKey, params?: Record<string, string>) => string;
    expect(() => call('pagination.status', { current: '2' })).toThrow(/„total“/);
  });
});

describe('the dictionary', () => {
  it('uses German typography: no straight quotes, no hyphen as a dash', () => {
    for (const [key, message] of Object.entries(de)) {
      expect(message, key).not.toMatch(/["']/);
      expect(message, key).not.toMatch(/ - /);
    }
  });

  it('is the only source of UI text: templates contain no literal text and no literal labels', () => {
    const files = astroFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(literalText(source), file).toBe('');
      expect(source, file).not.toMatch(/\b(aria-label|alt|title|placeholder)="[^"]*\p{L}/u);
    }
  });
});
