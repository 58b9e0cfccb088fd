import { hasSpaceOrControl } from './text.ts';

/*
 * Site paths: an address on this site ("/rathaus/buergerservice/?id=1#kontakt"). A site path
 * may never become another host when a browser resolves it: "//evil.example/" is
 * protocol-relative, and so is what "/.//evil.example/", "/%2e//x" or "/./\x" turn into after
 * dot segments and backslashes are resolved. So a path is checked as the browser will read it,
 * not as it is written.
 */

const BASE = 'http://site.invalid';

/**
 * The characters RFC 3986 allows in path, query and fragment, plus "%" of an escape — and
 * letters of any script (old addresses like "/Bürgerbüro/"), which a browser percent-encodes.
 */
const URL_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?#%[\]\p{L}\p{M}\p{N}]*$/u;

export interface PathOptions {
  /** Allow "#anker" (link targets); redirect sources cannot have one. */
  fragment?: boolean;
}

export function isSitePath(value: string, options: PathOptions = {}): boolean {
  if (!value.startsWith('/') || value.startsWith('//')) return false;
  if (value.includes('\\') || hasSpaceOrControl(value)) return false;
  if (!URL_CHARS.test(value) || /%(?![0-9A-Fa-f]{2})/.test(value)) return false;
  if (!options.fragment && value.includes('#')) return false;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return false;
  }
  if (url.origin !== BASE) return false;
  // After dot segments are resolved, the path must not start with "//" either: a browser that
  // is sent there asks for "//host/…", another host.
  return !url.pathname.startsWith('//');
}

export const SITE_PATH_MESSAGE = 'Pfad auf dieser Website erwartet („/seite/“): beginnt mit genau einem „/“, ohne Leerzeichen und „\\“.';
