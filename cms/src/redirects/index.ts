import type { Core } from '@strapi/strapi';
import { registerSlugRedirects } from './slug-change';
import { registerRedirectValidation } from './validate';

/** Redirects (Weiterleitungen): validation at save time and automatic redirects on address changes. */
export function registerRedirects(strapi: Core.Strapi): void {
  registerRedirectValidation(strapi);
  registerSlugRedirects(strapi);
}
