import { z } from 'zod';
import { blocks } from './blocks.ts';
import { documentId, image, isoDate, nonBlank, slug } from './common.ts';

export const newsArticle = z.strictObject({
  documentId,
  slug,
  title: nonBlank('Titel'),
  date: isoDate,
  organisation: documentId,
  teaser: nonBlank('Anreißer'),
  body: blocks,
  image: image.nullable(),
});
export type NewsArticle = z.infer<typeof newsArticle>;
