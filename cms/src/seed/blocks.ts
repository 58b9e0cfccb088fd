import type { SeedBlock, SeedImage, SeedInline, SeedLink, SeedListItem, SeedText } from './types';

/* Small builders so the demo content reads like text, not like JSON. */

type Part = string | SeedInline;
const inline = (parts: Part[]): SeedInline[] => parts.map((x) => (typeof x === 'string' ? ({ type: 'text', text: x } satisfies SeedText) : x));

export const b = (text: string): SeedText => ({ type: 'text', text, bold: true });
export const i = (text: string): SeedText => ({ type: 'text', text, italic: true });
export const link = (url: string, text: string): SeedLink => ({ type: 'link', url, children: [{ type: 'text', text }] });

export const p = (...parts: Part[]): SeedBlock => ({ type: 'paragraph', children: inline(parts) });
export const h2 = (...parts: Part[]): SeedBlock => ({ type: 'heading', level: 2, children: inline(parts) });
export const h3 = (...parts: Part[]): SeedBlock => ({ type: 'heading', level: 3, children: inline(parts) });
export const quote = (...parts: Part[]): SeedBlock => ({ type: 'quote', children: inline(parts) });
const items = (list: (Part | Part[])[]): SeedListItem[] => list.map((x) => ({ type: 'list-item', children: inline(Array.isArray(x) ? x : [x]) }));
export const ul = (...list: (Part | Part[])[]): SeedBlock => ({ type: 'list', format: 'unordered', children: items(list) });
export const ol = (...list: (Part | Part[])[]): SeedBlock => ({ type: 'list', format: 'ordered', children: items(list) });
export const img = (image: SeedImage): SeedBlock => ({ type: 'seed-image', image });
