// The contract: content model, normalisation and URL scheme are described in docs/CONTENT-MODEL.md.
export * from './errors.ts';
export * from './schemas/common.ts';
export * from './schemas/blocks.ts';
export * from './schemas/organisation.ts';
export * from './schemas/page.ts';
export * from './schemas/news-article.ts';
export * from './schemas/site-settings.ts';
export * from './schemas/opening-hours.ts';
export * from './schemas/office.ts';
export * from './schemas/service.ts';
export * from './schemas/life-event.ts';
export * from './schemas/event.ts';
export * from './schemas/notice.ts';
export * from './schemas/redirect.ts';
export * from './snapshot.ts';
export * from './format.ts';
export * from './opening-hours.ts';
