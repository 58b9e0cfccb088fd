import { randomInt } from 'node:crypto';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export const DEMO_EDITOR = {
  firstname: 'Demo',
  lastname: 'Redaktion',
  email: 'redaktion@aschersleben.example',
} as const;

/** The parts of @strapi/admin 5.54's services we call. */
interface AdminUserService {
  exists(where?: Record<string, unknown>): Promise<boolean>;
  /** Hashes `password` itself (services/user.js createUserInDatabase). */
  create(attributes: {
    firstname: string;
    lastname: string;
    email: string;
    password: string;
    isActive: boolean;
    registrationToken: null;
    roles: number[];
    /** sic: the admin user schema's spelling; the dashboard switches to it after login */
    preferedLanguage: string;
  }): Promise<{ id: number }>;
}
interface AdminRoleService {
  getSuperAdmin(): Promise<{ id: number } | null>;
}

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';

/** 20 characters from a CSPRNG, at least one of each class (Strapi's admin password rules). */
export function strongPassword(length = 20): string {
  const all = UPPER + LOWER + DIGITS;
  const pickFrom = (set: string) => set.charAt(randomInt(set.length));
  const chars = [pickFrom(UPPER), pickFrom(LOWER), pickFrom(DIGITS)];
  while (chars.length < length) chars.push(pickFrom(all));
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}

/**
 * A fresh database gets one super admin so the demo can be tried at once. Its password is
 * random and goes only to a git-ignored file readable by the owner (DEMO_LOGIN_FILE).
 * An existing admin (any) means the installation is set up: nothing happens.
 */
export async function ensureDemoEditor(strapi: Core.Strapi, loginFile: string): Promise<void> {
  const users = strapi.service('admin::user') as AdminUserService;
  if (await users.exists()) return;

  const superAdmin = await (strapi.service('admin::role') as AdminRoleService).getSuperAdmin();
  if (!superAdmin) throw new Error('bootstrap: Die Rolle „Super Admin“ fehlt – Strapis Admin-Bootstrap lief nicht.');

  const password = strongPassword();
  await users.create({
    ...DEMO_EDITOR,
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
    preferedLanguage: 'de',
  });

  const url = strapi.config.get<string>('admin.absoluteUrl');
  await mkdir(path.dirname(loginFile), { recursive: true });
  await writeFile(loginFile, `${JSON.stringify({ email: DEMO_EDITOR.email, password, url }, null, 2)}\n`, {
    mode: 0o600,
  });
  // writeFile's mode applies only to a new file; a left-over one from an older database is reused.
  await chmod(loginFile, 0o600);
  strapi.log.info(`Demo-Zugang der Redaktion angelegt: ${DEMO_EDITOR.email}, Passwort in ${loginFile}`);
}
