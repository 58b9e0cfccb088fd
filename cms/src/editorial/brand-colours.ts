import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkBrandColour, type BrandColours } from '@stadtportal/shared/rules';

/*
 * The town's two colours (Website-Einstellungen) are checked when an editor saves them: a colour
 * that would make a text of the site unreadable is refused with a German message naming the use
 * and the contrast (docs/adr/0017-design-system-kern.md). The check is the one the snapshot
 * contract and the site's stylesheet use (shared/src/rules/contrast.ts), so what the dashboard
 * accepts the site can paint. Each colour is checked on its own: its pairs never involve the other.
 */

const UID = 'api::site-setting.site-setting';
const FIELDS = ['primaryColor', 'accentColor'] as const satisfies readonly (keyof BrandColours)[];

/** Throws a ValidationError (400 in the dashboard) for the first colour in `data` that fails. Exported for tests. */
export function checkBrandColoursOnSave(data: Record<string, unknown>): void {
  for (const field of FIELDS) {
    const value = data[field];
    if (value === undefined || value === null) continue; // not changed, or empty: the required-field check speaks
    const problem = checkBrandColour(field, String(value).trim());
    if (problem !== null) {
      throw new errors.ValidationError(problem, { errors: [{ path: [field], message: problem, name: 'ValidationError', value }] });
    }
  }
}

export function registerBrandColourValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid === UID && (context.action === 'create' || context.action === 'update')) {
      const params = context.params as { data?: Record<string, unknown> };
      checkBrandColoursOnSave(params.data ?? {});
    }
    return next();
  });
}
