import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { registerBrandColourValidation } from './brand-colours';
import { ensureDemoAccounts } from './demo-users';
import { applyFeedbackListViews } from '../feedback/list-view';
import { registerFourEyes, showReviewStateInLists } from './four-eyes';
import { applyGermanLabels } from './labels';
import { registerOrganisationWriteGuard, registerOwnOrganisationCondition } from './org-scope';
import { ensureEditorialRoles } from './roles';
import { registerEditorialValidation } from './validation';

/** The editors' desk (docs/adr/0011-editors-desk.md): Document Service middlewares, from `register`. */
export function registerEditorial(strapi: Core.Strapi): void {
  registerOrganisationWriteGuard(strapi);
  // After the organisation rule: a reviewer of another organisation is refused by that first.
  registerFourEyes(strapi);
  registerEditorialValidation(strapi);
  registerBrandColourValidation(strapi);
}

/** Condition, roles and German labels, from `bootstrap` (conditions must be registered before Strapi is loaded). */
export async function bootstrapEditorial(strapi: Core.Strapi): Promise<Map<string, number>> {
  await registerOwnOrganisationCondition(strapi);
  const roles = await ensureEditorialRoles(strapi);
  await applyGermanLabels(strapi);
  await applyFeedbackListViews(strapi);
  await showReviewStateInLists(strapi);
  return roles;
}

/** Demo accounts of the roles, after the seed (they are assigned to seeded organisations). */
export async function ensureEditorialDemoAccounts(strapi: Core.Strapi, demoLoginFile: string, roles: Map<string, number>): Promise<void> {
  await ensureDemoAccounts(strapi, path.join(path.dirname(demoLoginFile), 'editor-logins.json'), roles);
}
