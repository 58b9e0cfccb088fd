import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ORG_EDITOR_ROLE_CODE, organisationsOf, PRESS_OFFICE_ROLE_CODE } from '../editorial/org-scope';
import { ACCESSIBILITY_OFFICER_ROLE_CODE } from '../editorial/roles';
import { RATING_UID } from './types';

/*
 * GET /stadtportal/rueckmeldungen/uebersicht (admin API, dashboard login): what citizens say about
 * the pages, for editors (issue 17). Per rated document over the last 90 days: average and count,
 * the free texts (data — the dashboard renders them as text), and `zuPruefen` when the average
 * falls under FEEDBACK_REVIEW_THRESHOLD (default 3) with at least 3 ratings. An organisation
 * editor sees the pages of their own organisations (the organisation rule, org-scope.ts); super
 * admins, the press office and the accessibility officer see all; other roles none (403).
 */

export const OVERVIEW_PATH = '/stadtportal/rueckmeldungen/uebersicht';
export const OVERVIEW_DAYS = 90;
export const MIN_RATINGS_FOR_REVIEW = 3;

export interface RatingRow {
  rating: number;
  text?: string | null;
  page: string;
  ratedType: string;
  ratedDocument: string;
  receivedAt: string;
  organisation?: { documentId: string; name?: string | null } | null;
}

export interface PageSummary {
  type: string;
  documentId: string;
  /** The page address of the newest rating. */
  page: string;
  organisation: { documentId: string; name: string } | null;
  count: number;
  /** Rounded to two decimals. */
  average: number;
  zuPruefen: boolean;
  /** Newest first, at most 100; plain text as citizens wrote it. */
  texts: { text: string; rating: number; receivedAt: string }[];
}

/** Groups ratings by the rated document; worst average first, then more ratings first. */
export function summarise(rows: readonly RatingRow[], threshold: number, minRatings = MIN_RATINGS_FOR_REVIEW): PageSummary[] {
  const groups = new Map<string, RatingRow[]>();
  for (const row of rows) {
    const key = `${row.ratedType}:${row.ratedDocument}`;
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  const pages: PageSummary[] = [];
  for (const list of groups.values()) {
    const newest = [...list].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    const first = newest[0];
    if (first === undefined) continue;
    const exact = list.reduce((sum, r) => sum + r.rating, 0) / list.length;
    pages.push({
      type: first.ratedType,
      documentId: first.ratedDocument,
      page: first.page,
      organisation: first.organisation ? { documentId: first.organisation.documentId, name: first.organisation.name ?? '' } : null,
      count: list.length,
      average: Math.round(exact * 100) / 100,
      zuPruefen: list.length >= minRatings && exact < threshold,
      texts: newest
        .filter((r) => typeof r.text === 'string' && r.text !== '')
        .slice(0, 100)
        .map((r) => ({ text: r.text as string, rating: r.rating, receivedAt: r.receivedAt })),
    });
  }
  return pages.sort((a, b) => a.average - b.average || b.count - a.count || a.page.localeCompare(b.page));
}

/** FEEDBACK_REVIEW_THRESHOLD: a number between 1 and 5 (default 3). */
export function reviewThreshold(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 3;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 1 || n > 5) throw new Error(`FEEDBACK_REVIEW_THRESHOLD: erwartet eine Zahl von 1 bis 5, nicht „${value}“.`);
  return n;
}

interface AdminUser {
  id: number;
  roles?: { code: string }[];
}

/** The organisations whose pages the user may see: 'all', or documentIds. */
async function visibleOrganisations(strapi: Core.Strapi, user: AdminUser | undefined): Promise<'all' | string[]> {
  if (user === undefined) throw new Error('Rückmeldungen: keine Anmeldung (Richtlinie admin::isAuthenticatedAdmin fehlt?)');
  const codes = new Set((user.roles ?? []).map((r) => r.code));
  if (codes.has('strapi-super-admin') || codes.has(PRESS_OFFICE_ROLE_CODE) || codes.has(ACCESSIBILITY_OFFICER_ROLE_CODE)) return 'all';
  if (codes.has(ORG_EDITOR_ROLE_CODE)) return organisationsOf(strapi, user.id);
  throw new errors.PolicyError('Die Rückmeldungen zu Seiten sehen die Redaktionen, die Pressestelle und die Barrierefreiheitsbeauftragten.');
}

/**
 * The rated documents of the organisations `visible` names (all, or documentIds) over the last
 * OVERVIEW_DAYS days, summarised. Also read by the review list (src/review): poorly rated pages
 * join „Zu prüfen“ by this one rule.
 */
export async function ratedPages(strapi: Core.Strapi, visible: 'all' | readonly string[], threshold: number): Promise<PageSummary[]> {
  if (visible !== 'all' && visible.length === 0) return [];
  const since = new Date(Date.now() - OVERVIEW_DAYS * 24 * 3600 * 1000).toISOString();
  const rows = (
    (await strapi.db.query(RATING_UID).findMany({
      where: { receivedAt: { $gte: since }, ...(visible === 'all' ? {} : { organisation: { documentId: { $in: [...visible] } } }) },
      select: ['rating', 'text', 'page', 'ratedType', 'ratedDocument', 'receivedAt'],
      populate: { organisation: { select: ['documentId', 'name'] } },
    })) as (Omit<RatingRow, 'receivedAt'> & { receivedAt: string | Date })[]
  ).map((r) => ({ ...r, receivedAt: new Date(r.receivedAt).toISOString() }));
  return summarise(rows, threshold);
}

export function feedbackOverviewHandler(strapi: Core.Strapi) {
  const threshold = reviewThreshold(process.env.FEEDBACK_REVIEW_THRESHOLD);
  return async (ctx: { state: { user?: AdminUser }; body: unknown; set(field: string, value: string): void }): Promise<void> => {
    const visible = await visibleOrganisations(strapi, ctx.state.user);
    const pages = await ratedPages(strapi, visible, threshold);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      data: { days: OVERVIEW_DAYS, threshold, minRatings: MIN_RATINGS_FOR_REVIEW, pages },
    };
  };
}
