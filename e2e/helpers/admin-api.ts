import { expect } from 'vitest';

/*
 * Strapi's admin API as the dashboard uses it, for tests that act as the seeded editors
 * (docs/adr/0011-editors-desk.md): log in, then send content-manager requests with the token.
 */

/** The seeded demo accounts of the editorial roles (cms/src/editorial/demo-users.ts). */
export type Account = 'feuerwehr' | 'kulturanstalt' | 'pressestelle' | 'eilmeldungen' | 'barrierefreiheit' | 'stadt-autorin' | 'stadt-freigabe';

/** Strapi's error answer. */
export interface ErrorBody {
  error: { status: number; name: string; message: string };
}

/** `POST /admin/login` → the admin JWT (fails the test on anything but 200). */
export async function adminLogin(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { data: { token: string } }).data.token;
}

/** A request as one of the logged-in accounts; `baseUrl` is read per call (Strapi starts in beforeAll). */
export function adminRequests(baseUrl: () => string, tokens: ReadonlyMap<Account, string>) {
  return (who: Account, method: string, path: string, body?: unknown): Promise<Response> =>
    fetch(`${baseUrl()}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(who)}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

/** A content-manager path of a collection type. */
export const cm = (uid: string, rest = '') => `/content-manager/collection-types/${uid}${rest}`;
