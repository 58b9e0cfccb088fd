import { isSitePath } from './path.ts';
import { isHttpUrl } from './url.ts';
import { hasSpaceOrControl } from './text.ts';

/*
 * Link targets that may reach a page (a link in a blocks field, an alert's link). Whitelist, not
 * blacklist: http(s) on a host of the grammar, mailto, tel, a site path (path.ts: never one that
 * resolves to "//host", which Strapi's own blocks validation accepts), or an in-page anchor.
 * Everything else (javascript:, data:, vbscript:, //evil.example, /.//evil.example) is refused.
 * Here, not in the contract's schemas, so the CMS checks links at save with the same rule.
 */
export function isSafeHref(value: string): boolean {
  // Control characters and whitespace inside a URL are a classic filter bypass.
  if (value.length === 0 || hasSpaceOrControl(value)) return false;
  if (value.startsWith('#')) return !value.includes('\\');
  if (value.startsWith('/')) return isSitePath(value, { fragment: true });
  if (/^(?:mailto|tel):/i.test(value)) return !value.includes('\\');
  return isHttpUrl(value);
}

export const SAFE_HREF_MESSAGE = 'Link-Ziel nicht erlaubt (nur http(s), mailto, tel, /pfad oder #anker)';
