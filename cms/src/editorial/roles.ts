import type { Core } from '@strapi/strapi';
import { BARRIER_UID, FEEDBACK_UIDS, RATING_UID } from '../feedback/types';
import { HISTORY_UID } from '../history/release';
import { ORG_EDITOR_ROLE_CODE, ORGANISATION_UID, OWN_ORGANISATION_CONDITION_ID, PRESS_OFFICE_ROLE_CODE, scopedContentTypes } from './org-scope';

/*
 * The editorial roles of the dashboard (docs/adr/0011-editors-desk.md), kept by code: created
 * when missing and their permissions set on every start — like the public API role
 * (bootstrap/public-permissions.ts), a click in Settings → Roles cannot widen or narrow them for
 * long. Further roles an administrator creates are left alone.
 */

export const EMERGENCY_ROLE_CODE = 'stadtportal-eilmeldungen';
export const ALERT_UID = 'api::alert.alert';
/** „Barrierefreiheitsbeauftragte“: answers the barrier reports of all organisations (issue 17). */
export const ACCESSIBILITY_OFFICER_ROLE_CODE = 'stadtportal-barrierefreiheit';
/** What the officer changes on a report: its state, the answer date, the internal note, and the address (deleted when closed). */
const BARRIER_CASE_FIELDS = ['caseStatus', 'answeredAt', 'note', 'email'];

const CM = 'plugin::content-manager.explorer';
const ALL_CM_ACTIONS = ['create', 'read', 'update', 'delete', 'publish'] as const;

/** Media library: look, upload, edit details (alt text), download, copy link — no deleting for org editors. */
const MEDIA_EDIT = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];
const MEDIA_ALL = [...MEDIA_EDIT, 'plugin::upload.configure-view', 'plugin::upload.settings.read'];

export interface PermissionSpec {
  action: string;
  subject: string | null;
  properties: { fields?: string[]; locales?: string[] };
  conditions: string[];
}

interface RoleSpec {
  code: string;
  name: string;
  description: string;
  permissions: PermissionSpec[];
}

interface RoleRow {
  id: number;
  code: string;
}

interface AdminRoleService {
  create(attributes: { name: string; code: string; description: string }): Promise<RoleRow>;
  findOne(params: { code: string }): Promise<RoleRow | null>;
  assignPermissions(roleId: number, permissions: PermissionSpec[]): Promise<unknown>;
}

interface ContentTypeService {
  getNestedFields(model: unknown, options: { components: unknown }): string[];
}

interface LocaleService {
  find(): Promise<{ code: string }[]>;
}

/** One content-manager permission, fields listed as Strapi's own role editor writes them. */
async function contentPermission(
  strapi: Core.Strapi,
  action: (typeof ALL_CM_ACTIONS)[number],
  uid: string,
  options: { conditions?: string[]; withoutFields?: string[]; onlyFields?: string[] } = {},
): Promise<PermissionSpec> {
  const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
  const properties: PermissionSpec['properties'] = {};
  // publish and delete apply to the whole entry; the others to fields.
  if (action === 'create' || action === 'read' || action === 'update') {
    const all = (strapi.service('admin::content-type') as unknown as ContentTypeService).getNestedFields(model, {
      components: strapi.components,
    });
    properties.fields = all
      .filter((f) => !(options.withoutFields ?? []).some((w) => f === w || f.startsWith(`${w}.`)))
      .filter((f) => options.onlyFields === undefined || options.onlyFields.includes(f));
  }
  const localized = (model.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;
  if (localized) {
    // All locales configured now; new locales are added on the next start.
    const locales = await (strapi.plugin('i18n').service('locales') as LocaleService).find();
    properties.locales = locales.map((l) => l.code).sort();
  }
  return { action: `${CM}.${action}`, subject: uid, properties, conditions: options.conditions ?? [] };
}

const plain = (action: string): PermissionSpec => ({ action, subject: null, properties: {}, conditions: [] });

/**
 * All content types of the portal (api::…), i.e. what the press office edits — not the version
 * history's store (src/history), which only its own routes read and write.
 */
function portalContentTypes(strapi: Core.Strapi): string[] {
  return Object.keys(strapi.contentTypes)
    .filter((uid) => uid.startsWith('api::') && uid !== HISTORY_UID)
    .sort();
}

export async function editorialRoles(strapi: Core.Strapi): Promise<RoleSpec[]> {
  const scoped = scopedContentTypes(strapi);

  const press: PermissionSpec[] = [];
  // Citizens' feedback is created only by the site's forms (src/feedback) and never published.
  for (const uid of portalContentTypes(strapi).filter((u) => !FEEDBACK_UIDS.includes(u))) {
    const singleOrNoDraft =
      (strapi.contentTypes[uid as keyof typeof strapi.contentTypes].options as { draftAndPublish?: boolean } | undefined)?.draftAndPublish !== true;
    for (const action of ALL_CM_ACTIONS) {
      if (action === 'publish' && singleOrNoDraft) continue;
      press.push(await contentPermission(strapi, action, uid));
    }
  }
  // The press office sees every rating; barrier reports (with the reporters' addresses) are the officer's.
  press.push(await contentPermission(strapi, 'read', RATING_UID));
  press.push(...MEDIA_ALL.map(plain));

  const org: PermissionSpec[] = [];
  for (const uid of scoped.filter((u) => !FEEDBACK_UIDS.includes(u))) {
    for (const action of ALL_CM_ACTIONS) {
      org.push(await contentPermission(strapi, action, uid, { conditions: [OWN_ORGANISATION_CONDITION_ID] }));
    }
  }
  // Organisations are read by everyone (the relation picker needs them); who edits for whom
  // (`editors`) stays with the press office.
  org.push(await contentPermission(strapi, 'read', ORGANISATION_UID, { withoutFields: ['editors'] }));
  org.push(...MEDIA_EDIT.map(plain));
  // What citizens say about the organisation's own pages: read only; the reporter's address stays with the officer.
  org.push(await contentPermission(strapi, 'read', RATING_UID, { conditions: [OWN_ORGANISATION_CONDITION_ID] }));
  org.push(await contentPermission(strapi, 'read', BARRIER_UID, { conditions: [OWN_ORGANISATION_CONDITION_ID], withoutFields: ['email'] }));

  const officer: PermissionSpec[] = [
    await contentPermission(strapi, 'read', BARRIER_UID),
    await contentPermission(strapi, 'update', BARRIER_UID, { onlyFields: BARRIER_CASE_FIELDS }),
    await contentPermission(strapi, 'delete', BARRIER_UID),
    await contentPermission(strapi, 'read', RATING_UID),
    await contentPermission(strapi, 'read', ORGANISATION_UID, { withoutFields: ['editors'] }),
  ];

  const emergency: PermissionSpec[] = [];
  for (const action of ['create', 'read', 'update', 'publish'] as const) {
    emergency.push(await contentPermission(strapi, action, ALERT_UID));
  }

  return [
    {
      code: PRESS_OFFICE_ROLE_CODE,
      name: 'Pressestelle',
      description: 'Bearbeitet und veröffentlicht alle Inhalte aller Organisationen. (Automatisch verwaltet)',
      permissions: press,
    },
    {
      code: ORG_EDITOR_ROLE_CODE,
      name: 'Redaktion (Organisation)',
      description: 'Bearbeitet und veröffentlicht nur Inhalte der Organisationen, die sie unter „Redakteur:innen“ nennen. (Automatisch verwaltet)',
      permissions: org,
    },
    {
      code: ACCESSIBILITY_OFFICER_ROLE_CODE,
      name: 'Barrierefreiheitsbeauftragte',
      description:
        'Bearbeitet die Barrieremeldungen aller Organisationen (Status, Antwortdatum, Notiz) und liest die Bewertungen der Seiten. (Automatisch verwaltet)',
      permissions: officer,
    },
    {
      code: EMERGENCY_ROLE_CODE,
      name: 'Eilmeldungen',
      description: 'Legt Eilmeldungen an und veröffentlicht sie – sonst nichts. (Automatisch verwaltet)',
      permissions: emergency,
    },
  ];
}

/** Creates the roles when missing and sets their permissions. Returns role ids by code. */
export async function ensureEditorialRoles(strapi: Core.Strapi): Promise<Map<string, number>> {
  const roles = strapi.service('admin::role') as unknown as AdminRoleService;
  const ids = new Map<string, number>();
  for (const spec of await editorialRoles(strapi)) {
    const role = (await roles.findOne({ code: spec.code })) ?? (await roles.create({ name: spec.name, code: spec.code, description: spec.description }));
    // assignPermissions diffs against what is stored: an unchanged role is not written.
    await roles.assignPermissions(role.id, spec.permissions);
    ids.set(spec.code, role.id);
  }
  return ids;
}
