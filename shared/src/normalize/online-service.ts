import { z } from 'zod';
import { onlineService, type OnlineService } from '../schemas/online-service.ts';
import { begin, check, documentOf, missing, optionalText, rawDocument, relation, reportZod, type NormalizeRun } from './helpers.ts';

/*
 * Strapi 5 REST entries of api::online-service.online-service (Online-Dienst) → contract
 * objects, in the same two steps as every normaliser (helpers.ts): read the Strapi shape (relations, the PDF's
 * upload record), then validate the reshaped entry with the contract schema.
 */

export const ONLINE_SERVICE_TYPE = 'online-service';

const relations = z.array(relation, { error: missing('Verknüpfung') });
const rawOnlineService = z.looseObject({
  documentId: z.string().min(1),
  services: relations,
  offices: relations,
  pages: relations,
  // null: no paper form; absent: not populated (reported, not read as „no PDF“).
  document: rawDocument.nullable(),
});

export function normalizeOnlineService(run: NormalizeRun, raw: unknown): OnlineService | undefined {
  const e = begin(run, ONLINE_SERVICE_TYPE, raw);
  const parsed = rawOnlineService.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  // A page can be linked in several locales (Strapi 5 relations to an i18n type are per locale):
  // the site places the card by documentId, once.
  const ids = (list: { documentId: string }[]) => [...new Set(list.map((x) => x.documentId))];
  return check(e, onlineService, {
    documentId: r.documentId,
    slug: r['slug'],
    name: r['name'],
    kind: r['kind'],
    summary: r['summary'],
    providerName: r['providerName'],
    providerOrigin: r['providerOrigin'],
    embedMode: r['embedMode'],
    startUrl: r['startUrl'],
    scriptUrl: optionalText(r['scriptUrl']),
    fallbackUrl: r['fallbackUrl'],
    privacyNote: r['privacyNote'],
    document: documentOf(e, 'document', r.document),
    services: ids(r.services),
    offices: ids(r.offices),
    pages: ids(r.pages),
    updatedAt: r['updatedAt'],
  });
}
