import { z } from 'zod';
import { isRedirectSource, isRedirectTarget, REDIRECT_SOURCE_MESSAGE, REDIRECT_TARGET_MESSAGE } from '../rules/index.ts';

/**
 * A redirect from an old address to its new place, served as a real HTTP redirect by nginx
 * (generated maps) and as `_redirects` on static hosts. Old addresses come in two shapes:
 *   - a path on this site, with an optional query: `/index.php?id=42`, `/buergerservice/`
 *   - a full old URL, including the former domains of the bundled institutions:
 *     `https://www.kulturanstalt-aschersleben.de/programm.html`
 * `to` is a site path or an absolute http(s) URL; a 410 („nicht mehr vorhanden“) has none.
 * The field grammars are shared/src/rules/redirect.ts (the CMS and the CSV import call them too);
 * normalisation (host case, `www.`, percent-encoding, chains) is in shared/src/redirects.ts.
 */

/** Where an old address came from: a site path (optionally with query) or a full old URL. */
export const redirectSource = z.string().refine(isRedirectSource, { message: REDIRECT_SOURCE_MESSAGE });

/** Where it goes: a site path or an absolute http(s) URL. */
export const redirectTarget = z.string().refine(isRedirectTarget, { message: REDIRECT_TARGET_MESSAGE });

/** 301 moved permanently, 302 temporarily, 410 gone for good (answered with the 410 page). */
export const redirectStatus = z.union([z.literal(301), z.literal(302), z.literal(410)], {
  error: 'Status 301, 302 oder 410 erwartet',
});
export type RedirectStatus = z.infer<typeof redirectStatus>;

export const redirect = z
  .strictObject({
    from: redirectSource,
    /** Absent (null) exactly when status is 410. */
    to: redirectTarget.nullable(),
    status: redirectStatus,
  })
  .superRefine((r, ctx) => {
    if (r.status === 410 && r.to !== null) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Status 410 („entfernt“) hat kein Ziel' });
    }
    if (r.status !== 410 && r.to === null) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `Status ${r.status} braucht ein Ziel` });
    }
  });
export type Redirect = z.infer<typeof redirect>;
