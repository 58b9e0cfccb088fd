import { z } from 'zod';
import { blocks } from './blocks.ts';
import { documentId, image, isoDateTime, nonBlank, slug } from './common.ts';

/** A content page in the hierarchy. References are documentIds, resolved by the snapshot. */
export const page = z.strictObject({
  documentId,
  slug,
  title: nonBlank('Titel'),
  organisation: documentId,
  parent: documentId.nullable(),
  summary: nonBlank('Zusammenfassung'),
  body: blocks,
  image: image.nullable(),
  seoDescription: nonBlank('Beschreibung für Suchmaschinen').max(160, 'Höchstens 160 Zeichen'),
  updatedAt: isoDateTime,
});
export type Page = z.infer<typeof page>;
