import type { Core } from '@strapi/strapi';

/*
 * The content languages: German is the default (every page exists in German), English is
 * added for translations. Strapi's i18n plugin (part of Strapi 5's core) creates English as
 * default locale on a database without locales, so this runs on every start, before the seed:
 * a page written without a locale lands in the default locale, and the REST API answers in it
 * when a request names none (what the snapshot pull relies on for German pages).
 */

export const DEFAULT_LOCALE = { code: 'de', name: 'Deutsch (de)' } as const;
export const EXTRA_LOCALES = [{ code: 'en', name: 'Englisch (en)' }] as const;

/** The localized content types: only pages (docs/adr/0005-english-translations.md). */
const LOCALIZED_UIDS = ['api::page.page'] as const;

interface LocaleRow {
  id: number;
  code: string;
  name: string;
}

/** The part of @strapi/i18n's `locales` service (5.54, server/services/locales.js) we call. */
interface LocalesService {
  findByCode(code: string): Promise<LocaleRow | null>;
  create(locale: { code: string; name: string }): Promise<LocaleRow>;
  getDefaultLocale(): Promise<string | null>;
  setDefaultLocale(locale: { code: string }): Promise<unknown>;
}

export interface LocaleSetup {
  created: string[];
  /** The default before this run, when it had to be changed (e.g. Strapi's initial „en“). */
  previousDefault: string | null;
  /** Pages moved from the previous default locale to German (first start of an older database). */
  relabelled: number;
}

export async function ensureLocales(strapi: Core.Strapi): Promise<LocaleSetup> {
  const locales = strapi.plugin('i18n').service('locales') as LocalesService;
  const created: string[] = [];
  const germanExisted = (await locales.findByCode(DEFAULT_LOCALE.code)) !== null;
  for (const locale of [DEFAULT_LOCALE, ...EXTRA_LOCALES]) {
    if ((await locales.findByCode(locale.code)) === null) {
      await locales.create({ code: locale.code, name: locale.name });
      created.push(locale.code);
    }
  }

  const current = await locales.getDefaultLocale();
  let previousDefault: string | null = null;
  let relabelled = 0;
  if (current !== DEFAULT_LOCALE.code) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE.code });
    previousDefault = current;
    // A database from before i18n: on this start Strapi's own migration stamped every existing
    // page with the default locale of that moment (Strapi's initial „en“). Those pages are the
    // German originals. Only possible while German did not exist yet, so it happens once.
    if (!germanExisted && current !== null) {
      for (const uid of LOCALIZED_UIDS) {
        const result: { count: number } = await strapi.db.query(uid).updateMany({ where: { locale: current }, data: { locale: DEFAULT_LOCALE.code } });
        relabelled += result.count;
      }
    }
  }

  strapi.log.info(
    `Sprachen: Standard ${DEFAULT_LOCALE.code}, dazu ${EXTRA_LOCALES.map((l) => l.code).join(', ')}` +
      (created.length > 0 ? `; neu angelegt: ${created.join(', ')}` : '') +
      (previousDefault !== null ? `; Standard war ${previousDefault}` : '') +
      (relabelled > 0 ? `; ${relabelled} bestehende Seiten auf ${DEFAULT_LOCALE.code} gesetzt` : '') +
      '.',
  );
  return { created, previousDefault, relabelled };
}
