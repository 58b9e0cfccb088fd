import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { strongPassword } from '../bootstrap/demo-editor';
import { ORG } from '../seed/content/ids';
import { ORG_EDITOR_ROLE_CODE, ORGANISATION_UID, PRESS_OFFICE_ROLE_CODE } from './org-scope';
import { ACCESSIBILITY_OFFICER_ROLE_CODE, EMERGENCY_ROLE_CODE } from './roles';

/*
 * Demo accounts for the editorial roles (docs/adr/0011-editors-desk.md), created once per
 * database when CREATE_DEMO_EDITOR is on (production turns it off). Passwords are random and go
 * only to a git-ignored file readable by the owner, next to the demo editor's login
 * (`.tmp/editor-logins.json`); nothing is logged but the file's path. Admin users are not part
 * of a backup (ADR 0008), so a restored installation creates them anew.
 */

export interface DemoAccount {
  key: 'feuerwehr' | 'kulturanstalt' | 'pressestelle' | 'eilmeldungen' | 'barrierefreiheit' | 'stadt-autorin' | 'stadt-freigabe';
  firstname: string;
  lastname: string;
  email: string;
  role: string;
  /** Organisations (slugs) whose `editors` name the account. */
  organisations: string[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: 'feuerwehr',
    firstname: 'Demo',
    lastname: 'Redaktion Feuerwehr',
    email: 'feuerwehr@aschersleben.example',
    role: ORG_EDITOR_ROLE_CODE,
    organisations: [ORG.feuerwehr],
  },
  {
    key: 'kulturanstalt',
    firstname: 'Demo',
    lastname: 'Redaktion Kulturanstalt',
    email: 'kulturanstalt@aschersleben.example',
    role: ORG_EDITOR_ROLE_CODE,
    organisations: [ORG.kulturanstalt],
  },
  // Four-eyes publishing (four-eyes.ts): two editors of the Stadt — one writes and asks for the
  // release, the other publishes. Both have the same role; who publishes is decided per document.
  {
    key: 'stadt-autorin',
    firstname: 'Demo',
    lastname: 'Redaktion Stadt (Autorin)',
    email: 'stadt-autorin@aschersleben.example',
    role: ORG_EDITOR_ROLE_CODE,
    organisations: [ORG.stadt],
  },
  {
    key: 'stadt-freigabe',
    firstname: 'Demo',
    lastname: 'Redaktion Stadt (Freigabe)',
    email: 'stadt-freigabe@aschersleben.example',
    role: ORG_EDITOR_ROLE_CODE,
    organisations: [ORG.stadt],
  },
  {
    key: 'pressestelle',
    firstname: 'Demo',
    lastname: 'Pressestelle',
    email: 'pressestelle@aschersleben.example',
    role: PRESS_OFFICE_ROLE_CODE,
    organisations: [],
  },
  {
    key: 'eilmeldungen',
    firstname: 'Demo',
    lastname: 'Eilmeldungen',
    email: 'eilmeldungen@aschersleben.example',
    role: EMERGENCY_ROLE_CODE,
    organisations: [],
  },
  {
    key: 'barrierefreiheit',
    firstname: 'Demo',
    lastname: 'Barrierefreiheitsbeauftragte',
    email: 'barrierefreiheit@aschersleben.example',
    role: ACCESSIBILITY_OFFICER_ROLE_CODE,
    organisations: [],
  },
];

export type LoginFile = Partial<Record<DemoAccount['key'], { email: string; password: string }>>;

interface AdminUserService {
  exists(where?: Record<string, unknown>): Promise<boolean>;
  create(attributes: {
    firstname: string;
    lastname: string;
    email: string;
    password: string;
    isActive: boolean;
    registrationToken: null;
    roles: number[];
    preferedLanguage: string;
  }): Promise<{ id: number }>;
}

async function readLogins(file: string): Promise<LoginFile> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LoginFile;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw err;
  }
}

/** Assigns the user as editor of the organisation: draft and published row, without a new version. */
async function assignOrganisation(strapi: Core.Strapi, userId: number, slug: string): Promise<void> {
  const rows = (await strapi.db.query(ORGANISATION_UID).findMany({ where: { slug }, select: ['id'] })) as { id: number }[];
  if (rows.length === 0) throw new Error(`Demo-Redaktion: Organisation „${slug}“ fehlt (Seed gelaufen?).`);
  for (const row of rows) {
    await strapi.db.query(ORGANISATION_UID).update({ where: { id: row.id }, data: { editors: { connect: [{ id: userId }] } } });
  }
}

export async function ensureDemoAccounts(strapi: Core.Strapi, loginFile: string, roleIds: Map<string, number>): Promise<void> {
  const users = strapi.service('admin::user') as AdminUserService;
  const missing: DemoAccount[] = [];
  for (const account of DEMO_ACCOUNTS) if (!(await users.exists({ email: account.email }))) missing.push(account);
  if (missing.length === 0) return;
  // Without the demo organisations (an empty database that is not seeded, e.g. while
  // `strapi import` restores a backup) the accounts would have nothing to edit: created later.
  const slugs = [...new Set(missing.flatMap((a) => a.organisations))];
  const present = (await strapi.db.query(ORGANISATION_UID).count({ where: { slug: { $in: slugs }, publishedAt: null } })) as number;
  if (present < slugs.length) {
    strapi.log.info('Demo-Zugänge der Redaktionsrollen: Demo-Organisationen fehlen, Anlegen beim nächsten Start.');
    return;
  }
  const logins = await readLogins(loginFile);
  let created = 0;
  for (const account of missing) {
    const roleId = roleIds.get(account.role);
    if (roleId === undefined) throw new Error(`Demo-Redaktion: Rolle ${account.role} fehlt.`);
    const password = strongPassword();
    const user = await users.create({
      firstname: account.firstname,
      lastname: account.lastname,
      email: account.email,
      password,
      isActive: true,
      registrationToken: null,
      roles: [roleId],
      preferedLanguage: 'de',
    });
    for (const slug of account.organisations) await assignOrganisation(strapi, user.id, slug);
    logins[account.key] = { email: account.email, password };
    created += 1;
  }
  if (created === 0) return;
  await mkdir(path.dirname(loginFile), { recursive: true });
  await writeFile(loginFile, `${JSON.stringify(logins, null, 2)}\n`, { mode: 0o600 });
  await chmod(loginFile, 0o600);
  strapi.log.info(`Demo-Zugänge der Redaktionsrollen angelegt (${created}), Passwörter in ${loginFile}`);
}
