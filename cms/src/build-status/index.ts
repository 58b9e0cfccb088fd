import type { Core } from '@strapi/strapi';
import { ORG_EDITOR_ROLE_CODE, PRESS_OFFICE_ROLE_CODE, ORGANISATION_UID, organisationsOf } from '../editorial/org-scope';

/*
 * GET /stadtportal/build-status (admin API, dashboard login): the build runner's status for the
 * homepage widget „Veröffentlichung“ (src/admin/build-status-widget.tsx). The dashboard cannot ask
 * the runner itself — its Content-Security-Policy allows no request to http://127.0.0.1:4322 —
 * so Strapi asks it (GET <runner>/status) and passes on what editors need: whether a build runs,
 * the last success and failure, and the entries in quarantine (shared/src/quarantine.ts: published
 * in the CMS, but not on the site as published).
 *
 * An editor of the role „Redaktion (Organisation)“ sees the quarantined entries of their own
 * organisations (org-scope.ts); everyone else sees all of them, each with its organisation named.
 * Where is the runner: BUILD_STATUS_URL, else the /status next to BUILD_WEBHOOK_URL.
 */

export const BUILD_STATUS_PATH = '/stadtportal/build-status';

/** What the runner's /status says about one quarantined problem (scripts/publish/quarantine.ts). */
export interface QuarantinedEntry {
  type: string;
  typeLabel: string;
  documentId: string;
  locale?: string;
  organisation?: string;
  organisationName?: string;
  field: string;
  message: string;
  kept: string;
  keptText: string;
  /** Edit view of the entry in the dashboard, when its type is a content type of this CMS. */
  editPath?: string;
}

export interface BuildStatusAnswer {
  /** false: the runner could not be asked; `problem` says why (in German). */
  available: boolean;
  problem: string | null;
  live: string | null;
  running: { step: string; startedAt: string } | null;
  lastSuccess: { finishedAt: string } | null;
  lastFailure: { at: string; step: string } | null;
  quarantine: QuarantinedEntry[];
  /** `own`: only the viewer's organisations' entries are listed. */
  scope: 'own' | 'all';
}

/** The runner's status URL from the environment, or null when no runner is configured. */
export function runnerStatusUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.BUILD_STATUS_URL) return env.BUILD_STATUS_URL;
  if (!env.BUILD_WEBHOOK_URL) return null;
  const url = new URL(env.BUILD_WEBHOOK_URL);
  url.pathname = url.pathname.replace(/\/webhook\/?$/, '/status');
  return url.href;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The runner's answer, read field by field: it is another process's JSON, not trusted blindly. */
export function readRunnerStatus(raw: unknown): Omit<BuildStatusAnswer, 'available' | 'problem' | 'scope'> {
  if (!isRecord(raw)) throw new Error('Antwort des Build-Runners ist kein JSON-Objekt');
  const running = isRecord(raw.running) ? raw.running : null;
  const success = isRecord(raw.lastSuccess) ? raw.lastSuccess : null;
  const failure = isRecord(raw.lastFailure) ? raw.lastFailure : null;
  const list = Array.isArray(raw.quarantine) ? raw.quarantine : [];
  const quarantine = list.flatMap((q): QuarantinedEntry[] => {
    if (!isRecord(q)) return [];
    const [type, documentId, field, message, kept] = [str(q.type), str(q.documentId), str(q.field), str(q.message), str(q.kept)];
    if (type === undefined || documentId === undefined || field === undefined || message === undefined || kept === undefined) return [];
    const optional = { locale: str(q.locale), organisation: str(q.organisation), organisationName: str(q.organisationName) };
    return [
      {
        type,
        typeLabel: str(q.typeLabel) ?? type,
        documentId,
        field,
        message,
        kept,
        keptText: str(q.keptText) ?? kept,
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
      },
    ];
  });
  return {
    live: str(raw.live) ?? null,
    running: running ? { step: str(running.step) ?? '', startedAt: str(running.startedAt) ?? '' } : null,
    lastSuccess: success ? { finishedAt: str(success.finishedAt) ?? '' } : null,
    lastFailure: failure ? { at: str(failure.at) ?? '', step: str(failure.step) ?? '' } : null,
    quarantine,
  };
}

interface AdminUser {
  id: number;
  roles?: { code: string }[];
}

/**
 * Whether the viewer is limited to their organisations' content: the same test as org-scope.ts
 * makes for writes (the organisation role without the press office or super admin role).
 */
export function limitedToOwnOrganisations(user: AdminUser): boolean {
  const codes = new Set((user.roles ?? []).map((r) => r.code));
  return codes.has(ORG_EDITOR_ROLE_CODE) && !codes.has('strapi-super-admin') && !codes.has(PRESS_OFFICE_ROLE_CODE);
}

/** The dashboard's edit view of an entry, for types this CMS has (`news-article` → api::news-article.news-article). */
function editPath(strapi: Core.Strapi, e: QuarantinedEntry): string | undefined {
  const name = e.type.replace(/ \(.*\)$/, '');
  const uid = `api::${name}.${name}`;
  const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
  if (model === undefined) return undefined;
  const localized = (model.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;
  const locale = localized ? `?plugins[i18n][locale]=${e.locale ?? 'de'}` : '';
  return model.kind === 'singleType'
    ? `/content-manager/single-types/${uid}${locale}`
    : `/content-manager/collection-types/${uid}/${encodeURIComponent(e.documentId)}${locale}`;
}

async function buildStatus(strapi: Core.Strapi, user: AdminUser): Promise<BuildStatusAnswer> {
  const scope = limitedToOwnOrganisations(user) ? 'own' : 'all';
  const unavailable = (problem: string): BuildStatusAnswer => ({
    available: false,
    problem,
    live: null,
    running: null,
    lastSuccess: null,
    lastFailure: null,
    quarantine: [],
    scope,
  });
  const url = runnerStatusUrl();
  if (url === null) return unavailable('Kein Build-Runner eingerichtet (BUILD_STATUS_URL oder BUILD_WEBHOOK_URL fehlt).');
  let raw: unknown;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000), headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`Antwort ${res.status}`);
    raw = await res.json();
  } catch (err) {
    // Not a failure of the dashboard: the widget says the runner cannot be asked, and why.
    const reason = err instanceof Error ? err.message : String(err);
    strapi.log.warn(`Build-Status: ${url} nicht lesbar: ${reason}`);
    return unavailable(`Build-Runner nicht erreichbar (${reason}).`);
  }
  const status = readRunnerStatus(raw);
  let quarantine = status.quarantine;
  if (scope === 'own') {
    const own = new Set(await organisationsOf(strapi, user.id));
    quarantine = quarantine.filter((q) => q.organisation !== undefined && own.has(q.organisation));
  }
  // Name organisations the runner could not name (omitted from the snapshot): from the CMS itself.
  const unnamed = [...new Set(quarantine.filter((q) => q.organisationName === undefined && q.organisation !== undefined).map((q) => q.organisation))];
  const names = new Map<string, string>();
  if (unnamed.length > 0) {
    const rows = (await strapi.db.query(ORGANISATION_UID).findMany({ where: { documentId: { $in: unnamed } }, select: ['documentId', 'name'] })) as {
      documentId: string;
      name: string;
    }[];
    for (const r of rows) names.set(r.documentId, r.name);
  }
  return {
    ...status,
    available: true,
    problem: null,
    scope,
    quarantine: quarantine.map((q) => {
      const name = q.organisationName ?? (q.organisation === undefined ? undefined : names.get(q.organisation));
      const path = editPath(strapi, q);
      return { ...q, ...(name === undefined ? {} : { organisationName: name }), ...(path === undefined ? {} : { editPath: path }) };
    }),
  };
}

/** Register the route (from `register`: admin routes are mounted after it). */
export function registerBuildStatusRoute(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: BUILD_STATUS_PATH,
        handler: async (ctx: { state: { user?: AdminUser }; body: unknown }) => {
          const user = ctx.state.user;
          if (user === undefined) throw new Error('Build-Status: keine Anmeldung (Richtlinie admin::isAuthenticatedAdmin fehlt?)');
          ctx.body = await buildStatus(strapi, user);
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin' },
      },
    ],
  });
}
