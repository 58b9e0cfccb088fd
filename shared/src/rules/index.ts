/*
 * The grammars that decide what content may reach a page, a response header or the nginx
 * configuration. One module, imported by every door: the CMS's save-time validators (compiled
 * for it, docs/adr/0016-one-set-of-rules.md), the CSV import, the snapshot's zod schemas and the
 * nginx/CSP generators. Pure functions without dependencies, German messages.
 */
export * from './text.ts';
export * from './href.ts';
export * from './host.ts';
export * from './slug.ts';
export * from './path.ts';
export * from './url.ts';
export * from './redirect.ts';
export * from './query.ts';
export * from './tile.ts';
export * from './online-service.ts';
export * from './contrast.ts';
export * from './content-types.ts';
export * from './feedback.ts';
export * from './video.ts';
export * from './review.ts';
export * from './four-eyes.ts';
