import type { Core } from '@strapi/strapi';
import { BARRIER_UID, RATING_UID } from './types';

/*
 * The dashboard's list views of the feedback types, set once per installation (an editor's later
 * „Ansicht konfigurieren“ is kept): barrier reports by due date, earliest first — overdue cases
 * on top — with status, due date and page; ratings newest first.
 */

const VIEWS: Record<string, { sortBy: string; order: 'ASC' | 'DESC'; columns: string[] }> = {
  [BARRIER_UID]: { sortBy: 'dueDate', order: 'ASC', columns: ['caseStatus', 'dueDate', 'page', 'organisation'] },
  [RATING_UID]: { sortBy: 'receivedAt', order: 'DESC', columns: ['rating', 'page', 'text', 'receivedAt', 'organisation'] },
};

/** Bump to apply a changed table once more on every installation. */
const VERSION = 1;

interface Configuration {
  settings?: Record<string, unknown>;
  metadatas?: unknown;
  layouts?: { list?: string[]; edit?: unknown };
}
interface ConfigurationService {
  findConfiguration(model: unknown): Promise<Configuration>;
  updateConfiguration(model: unknown, configuration: Configuration): Promise<unknown>;
}

export async function applyFeedbackListViews(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'stadtportal', key: 'feedback-list-views' });
  if ((await store.get({})) === VERSION) return;
  const service = strapi.plugin('content-manager').service('content-types') as ConfigurationService;
  for (const [uid, view] of Object.entries(VIEWS)) {
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
    const configuration = await service.findConfiguration(model);
    await service.updateConfiguration(model, {
      settings: { ...configuration.settings, defaultSortBy: view.sortBy, defaultSortOrder: view.order },
      metadatas: configuration.metadatas,
      layouts: { ...configuration.layouts, list: view.columns },
    });
  }
  await store.set({ value: VERSION });
}
