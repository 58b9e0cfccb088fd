// The feedback route on PostgreSQL (the production database): the same tests as
// feedback-cms.test.ts — storage with the organisation, the published-document check across
// locales, the limit, the overview's date and relation filters — against a fresh PostgreSQL
// database (TEST_DATABASE_URL, as scripts/test.sh sets it).
import type { Db } from './helpers/strapi.ts';

(globalThis as { feedbackTestDb?: Db }).feedbackTestDb = 'postgres';
await import('./feedback-cms.test.ts');
