/*
 * Developer tool: build the CMS if needed, start a throwaway Strapi (temp SQLite database or a
 * fresh PostgreSQL database; seeded on start), pull a snapshot into <dir>, stop Strapi.
 *   node e2e/tools/cms-snapshot.ts <dir> [sqlite|postgres]
 * Prints the pull figures or the content errors (type, documentId, field). Run it through
 * scripts/dev/cms-snapshot.sh, which builds the CMS first and serialises runs (one cms/dist).
 */
import { resolve } from 'node:path';
import { InvalidContentError, formatIssue } from '@stadtportal/shared';
import { createCmsClient } from '@stadtportal/shared/client';
import { pullSnapshot } from '@stadtportal/shared/pull';
import { startStrapi, type Db } from '../helpers/strapi.ts';

const [dirArg, dbArg = 'sqlite'] = process.argv.slice(2);
if (!dirArg || (dbArg !== 'sqlite' && dbArg !== 'postgres')) {
  console.error('Aufruf: node e2e/tools/cms-snapshot.ts <Zielordner> [sqlite|postgres]');
  process.exit(2);
}
const strapi = await startStrapi(dbArg as Db);
let code = 0;
try {
  const result = await pullSnapshot({ client: createCmsClient({ baseUrl: strapi.url }), dir: resolve(dirArg), source: strapi.url });
  console.log(JSON.stringify(result, null, 2));
} catch (err) {
  code = 1;
  if (err instanceof InvalidContentError) console.error(err.issues.map(formatIssue).join('\n'));
  else console.error(err);
  console.error('--- Strapi-Log (Ende) ---\n' + strapi.log().slice(-6000));
} finally {
  await strapi.stop();
}
process.exit(code);
