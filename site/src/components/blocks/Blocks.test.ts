import type { Blocks as BlockList, InlineNode } from '@stadtportal/shared';
import { describe, expect, it } from 'vitest';
import { renderFragment, renderHtml } from '../../../test/helpers/render.ts';
import Blocks from './Blocks.astro';

const text = (t: string, marks: Partial<Record<'bold' | 'italic' | 'underline' | 'strikethrough' | 'code', boolean>> = {}): InlineNode => ({
  type: 'text',
  text: t,
  ...marks,
});
const link = (url: string, label: string): InlineNode => ({ type: 'link', url, children: [{ type: 'text', text: label }] });
const paragraph = (...children: InlineNode[]): BlockList[number] => ({ type: 'paragraph', children });

/** Blocks from elsewhere than our validated pull: typed as blocks on purpose, content hostile. */
const untrusted = (value: unknown): BlockList => value as BlockList;

const render = (blocks: BlockList) => renderFragment(Blocks, { blocks, where: 'Seite p-test' });

describe('Blocks: text and marks', () => {
  it('nests one element per mark around the text', async () => {
    const doc = await render([
      paragraph(text('fett', { bold: true }), text(' '), text('alles', { bold: true, italic: true, underline: true, strikethrough: true, code: true })),
    ]);
    const p = doc.querySelector('p');
    expect(p?.querySelector(':scope > strong')?.textContent).toBe('fett');
    const innermost = p?.querySelector('strong > em > u > s > code');
    expect(innermost?.textContent).toBe('alles');
  });

  it('escapes markup inside text instead of creating elements', async () => {
    const doc = await render([paragraph(text('<script>alert(1)</script><img src=x onerror="alert(1)">'))]);
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('p')?.textContent).toBe('<script>alert(1)</script><img src=x onerror="alert(1)">');
  });

  it('turns a line break typed into the text into <br>', async () => {
    const doc = await render([paragraph(text('Markt 1\n06449 Aschersleben'))]);
    expect(doc.querySelectorAll('p br')).toHaveLength(1);
    expect(doc.querySelector('p')?.textContent).toBe('Markt 106449 Aschersleben');
  });
});

describe('Blocks: links', () => {
  it.each([
    ['https://www.aschersleben.de/', 'https://www.aschersleben.de/'],
    ['mailto:info@aschersleben.example', 'mailto:info@aschersleben.example'],
    ['tel:+4934739580', 'tel:+4934739580'],
    ['/rathaus/ortschaften/', '/rathaus/ortschaften/'],
    ['#kontakt', '#kontakt'],
  ])('links the allowed target %s, in the same tab', async (url, href) => {
    const doc = await render([paragraph(text('Siehe '), link(url, 'hier'))]);
    const a = doc.querySelector('a');
    expect(a?.getAttribute('href')).toBe(href);
    expect(a?.textContent).toBe('hier');
    expect(a?.hasAttribute('target')).toBe(false);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    '//evil.example/phish',
  ])('renders a link to %j as plain text, never as a link', async (url) => {
    const doc = await render(untrusted([paragraph(text('Vorher '), link(url, 'Klick'), text(' nachher'))]));
    expect(doc.querySelector('a')).toBeNull();
    expect(doc.querySelector('p')?.textContent).toBe('Vorher Klick nachher');
    expect(doc.body.innerHTML).not.toContain('alert');
    expect(doc.body.innerHTML).not.toContain('evil.example');
  });

  it('keeps the marks of link text', async () => {
    const doc = await render([
      { type: 'paragraph', children: [{ type: 'link', url: 'https://example.org/', children: [{ type: 'text', text: 'fett', bold: true }] }] },
    ]);
    expect(doc.querySelector('a > strong')?.textContent).toBe('fett');
  });
});

describe('Blocks: headings', () => {
  const levels = async (blocks: BlockList) => [...(await render(blocks)).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName.toLowerCase());
  const heading = (level: 1 | 2 | 3 | 4 | 5 | 6): BlockList[number] => ({ type: 'heading', level, children: [text(`Ebene ${level}`)] });

  it('shifts a body that uses h1 by one level: the page title stays the only h1', async () => {
    expect(await levels([heading(1), heading(2), heading(3), heading(2)])).toEqual(['h2', 'h3', 'h4', 'h3']);
  });

  it('leaves a body that starts at h2 as it is', async () => {
    expect(await levels([heading(2), heading(3)])).toEqual(['h2', 'h3']);
  });

  it('raises a body whose highest heading is h3 to start at h2', async () => {
    expect(await levels([heading(3), heading(4)])).toEqual(['h2', 'h3']);
  });

  it('never goes below h6', async () => {
    expect(await levels([heading(1), heading(6)])).toEqual(['h2', 'h6']);
  });
});

describe('Blocks: lists', () => {
  it('puts a nested list inside the item before it, so a list only contains items', async () => {
    const doc = await render([
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('Parks')] },
          {
            type: 'list',
            format: 'ordered',
            indentLevel: 1,
            children: [
              { type: 'list-item', children: [text('Bestehornpark')] },
              { type: 'list-item', children: [text('Herrenbreite')] },
            ],
          },
          { type: 'list-item', children: [text('Johannisturm')] },
        ],
      },
    ]);
    const outer = doc.querySelector('body > ul');
    expect([...(outer?.children ?? [])].map((c) => c.tagName)).toEqual(['LI', 'LI']);
    const nested = outer?.querySelector(':scope > li:first-child > ol');
    expect([...(nested?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(['Bestehornpark', 'Herrenbreite']);
    expect(outer?.querySelector(':scope > li:last-child')?.textContent).toBe('Johannisturm');
  });

  it('gives a nested list that comes first an item of its own', async () => {
    const doc = await render([
      { type: 'list', format: 'ordered', children: [{ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('tief')] }] }] },
    ]);
    expect(doc.querySelector('body > ol > li > ul > li')?.textContent).toBe('tief');
  });
});

describe('Blocks: quote, code, image', () => {
  it('renders a quote as blockquote', async () => {
    const doc = await render([{ type: 'quote', children: [text('Tor zum Harz')] }]);
    expect(doc.querySelector('blockquote')?.textContent).toBe('Tor zum Harz');
  });

  it('renders code verbatim in pre > code, keeping line breaks and ignoring marks', async () => {
    const doc = await render([{ type: 'code', language: 'text', children: [text('Zeile 1\n<b>Zeile 2</b>', { bold: true })] }]);
    const code = doc.querySelector('pre > code');
    expect(code?.textContent).toBe('Zeile 1\n<b>Zeile 2</b>');
    expect(code?.querySelector('b, strong')).toBeNull();
  });

  it('renders an image from the snapshot under /medien/ (the fallback of its <picture>) with its alt text and caption', async () => {
    const doc = await render([
      { type: 'image', image: { file: 'stadtmauer.png', alt: 'Die Stadtmauer', width: 640, height: 360, mime: 'image/png' }, caption: 'Erhalten seit 1266' },
    ]);
    const img = doc.querySelector('figure > picture > img');
    expect(img?.getAttribute('src')).toBe('/medien/stadtmauer.png');
    expect(img?.getAttribute('alt')).toBe('Die Stadtmauer');
    expect(img?.getAttribute('width')).toBe('640');
    expect(doc.querySelector('figure > figcaption')?.textContent).toBe('Erhalten seit 1266');
  });

  it('keeps a hostile alt text an attribute value', async () => {
    const doc = await render([{ type: 'image', image: { file: 'x.png', alt: '" onerror="alert(1)', width: 1, height: 1, mime: 'image/png' } }]);
    const img = doc.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('" onerror="alert(1)');
    expect(img?.hasAttribute('onerror')).toBe(false);
  });
});

describe('Blocks: unknown nodes fail the build', () => {
  it('throws for an unknown block type, naming type, position and entry', async () => {
    await expect(render(untrusted([paragraph(text('ok')), { type: 'table', rows: [] }]))).rejects.toThrow(/Seite p-test.*„table“.*body\.1/);
  });

  it('throws for an unknown inline node inside a paragraph', async () => {
    await expect(render(untrusted([{ type: 'paragraph', children: [{ type: 'iframe', src: 'https://evil.example/' }] }]))).rejects.toThrow(
      /„iframe“.*body\.0\.children\.0/,
    );
  });

  it('throws for an unknown node inside a list', async () => {
    await expect(
      render(untrusted([{ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [] }, { type: 'embed' }] }])),
    ).rejects.toThrow(/„embed“.*body\.0\.children\.1/);
  });

  it('renders nothing at all for an empty body', async () => {
    expect((await renderHtml(Blocks, { props: { blocks: [], where: 'Seite p-leer' } })).trim()).toBe('');
  });
});
