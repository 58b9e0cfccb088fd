import { z } from 'zod';
import { image, safeHref } from './common.ts';

/*
 * Strapi 5 "blocks" rich text, as the site consumes it. Same node shapes as Strapi writes
 * (paragraph, heading, list, list-item, quote, code, image, link, text), with one change made by
 * the snapshot pull: an image block carries our `Image` (a file in the snapshot's media folder)
 * instead of Strapi's upload record. Strict objects: a node type or attribute we do not know is
 * an error naming its path, never silently dropped.
 */

export const textNode = z.strictObject({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

export const linkNode = z.strictObject({
  type: z.literal('link'),
  url: safeHref,
  children: z.array(textNode),
});

export const inlineNode = z.discriminatedUnion('type', [textNode, linkNode]);

export const paragraphBlock = z.strictObject({
  type: z.literal('paragraph'),
  children: z.array(inlineNode),
});

export const headingBlock = z.strictObject({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  children: z.array(inlineNode),
});

export const quoteBlock = z.strictObject({
  type: z.literal('quote'),
  children: z.array(inlineNode),
});

export const codeBlock = z.strictObject({
  type: z.literal('code'),
  language: z.string().optional(),
  children: z.array(inlineNode),
});

export const listItemNode = z.strictObject({
  type: z.literal('list-item'),
  children: z.array(inlineNode),
});

export type ListBlock = {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number | undefined;
  children: Array<z.infer<typeof listItemNode> | ListBlock>;
};

export const listBlock: z.ZodType<ListBlock> = z.strictObject({
  type: z.literal('list'),
  format: z.enum(['ordered', 'unordered']),
  indentLevel: z.number().int().min(0).optional(),
  get children() {
    return z.array(z.union([listItemNode, listBlock]));
  },
});

export const imageBlock = z.strictObject({
  type: z.literal('image'),
  image,
  caption: z.string().optional(),
});

export const block = z.union([paragraphBlock, headingBlock, quoteBlock, codeBlock, listBlock, imageBlock]);
export const blocks = z.array(block);

export type TextNode = z.infer<typeof textNode>;
export type LinkNode = z.infer<typeof linkNode>;
export type InlineNode = z.infer<typeof inlineNode>;
export type ListItemNode = z.infer<typeof listItemNode>;
export type Block = z.infer<typeof block>;
export type Blocks = z.infer<typeof blocks>;

/** The block types the site's renderer knows. A snapshot from elsewhere may carry others. */
export const BLOCK_TYPES = ['paragraph', 'heading', 'quote', 'code', 'list', 'image'] as const;
