import { BLOCK_TYPES, type Block, type InlineNode, type ListBlock, type ListItemNode } from '@stadtportal/shared';

/*
 * Rules of the blocks renderer that are easier to test as plain functions than as templates.
 * The renderer is a whitelist: what it does not know fails the build with the node's place,
 * because a snapshot may come from elsewhere than our validated pull.
 */

const KNOWN_BLOCKS: ReadonlySet<string> = new Set(BLOCK_TYPES);

function typeOf(node: unknown): string {
  if (typeof node === 'object' && node !== null && 'type' in node) return String(node.type);
  return typeof node;
}

function fail(kind: string, node: unknown, path: string, where: string, known: readonly string[]): never {
  throw new Error(`${where}: ${kind} „${typeOf(node)}“ an Position ${path} – bekannt sind nur ${known.join(', ')}`);
}

/** `where` names the entry (e.g. "Seite p-geschichte"), `path` the node (e.g. "body.3"). */
export function assertKnownBlock(node: unknown, path: string, where: string): asserts node is Block {
  if (!KNOWN_BLOCKS.has(typeOf(node))) fail('Unbekannter Blocktyp', node, path, where, BLOCK_TYPES);
}

export function assertKnownInline(node: unknown, path: string, where: string): asserts node is InlineNode {
  const type = typeOf(node);
  if (type !== 'text' && type !== 'link') fail('Unbekannter Textknoten', node, path, where, ['text', 'link']);
  if (type === 'link') {
    const children: unknown = (node as { children?: unknown }).children;
    if (!Array.isArray(children)) fail('Link ohne Kinder', node, path, where, ['text']);
    children.forEach((c: unknown, i) => {
      if (typeOf(c) !== 'text') fail('Unbekannter Textknoten', c, `${path}.children.${i}`, where, ['text']);
    });
  }
}

/**
 * Heading levels inside a body, shifted by one amount so that its highest-ranking heading
 * becomes h2: the page title is the only h1, and a body h1 (which editors may pick) becomes h2.
 * A body that starts at h2 is left as it is; nothing goes below h6. Returns the shift to add.
 */
export function headingShift(blocks: readonly Block[]): number {
  let top = Infinity;
  for (const b of blocks) if (b.type === 'heading' && b.level < top) top = b.level;
  return top === Infinity ? 0 : 2 - top;
}

export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export function headingTag(level: number, shift: number): HeadingTag {
  const shifted = Math.min(6, Math.max(2, level + shift));
  return `h${shifted}` as HeadingTag;
}

export interface ListEntry {
  /** null when a nested list comes before any item: it then gets an item of its own. */
  item: { node: ListItemNode; path: string } | null;
  nested: { node: ListBlock; path: string }[];
}

/**
 * Strapi stores a nested list as a sibling of the list items; HTML wants it inside the item
 * before it (a <ul> may only contain <li>). Also checks that only items and lists occur.
 * Paths are the children's original positions, for error messages further down.
 */
export function groupListItems(list: ListBlock, path: string, where: string): ListEntry[] {
  const out: ListEntry[] = [];
  list.children.forEach((child: unknown, i) => {
    const at = `${path}.children.${i}`;
    const type = typeOf(child);
    if (type === 'list-item') out.push({ item: { node: child as ListItemNode, path: at }, nested: [] });
    else if (type === 'list') {
      const nested = { node: child as ListBlock, path: at };
      const last = out.at(-1);
      if (last) last.nested.push(nested);
      else out.push({ item: null, nested: [nested] });
    } else fail('Unbekannter Listenknoten', child, at, where, ['list-item', 'list']);
  });
  return out;
}

/** Plain text of inline nodes (code blocks show their text verbatim, without marks). */
export function plainText(nodes: readonly InlineNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : n.children.map((c) => c.text).join(''))).join('');
}
