import type { Locale } from '@stadtportal/shared';
import { de, type MessageKey } from './de.ts';
import { en } from './en.ts';

/*
 * The UI strings in the page's language. `t()` from de.ts stays the German default that most
 * components use; components that are shown on English pages too (the layout's chrome) take a
 * `lang` prop and call `translator(lang)`. Messages have the same placeholders in every
 * language (de.test.ts), so the German message's placeholders type the parameters.
 */

export const DICTIONARIES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { de, en };

type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type Args<K extends MessageKey> = [Placeholders<(typeof de)[K]>] extends [never] ? [] : [params: Record<Placeholders<(typeof de)[K]>, string | number>];

/** The message for `key` in `locale` with its placeholders filled. */
export function tr<K extends MessageKey>(locale: Locale, key: K, ...args: Args<K>): string {
  const message = DICTIONARIES[locale][key];
  const params: Record<string, string | number> = args[0] ?? {};
  return message.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`i18n: Parameter „${name}“ fehlt für „${key}“ (${locale})`);
    return String(value);
  });
}

export type Translate = <K extends MessageKey>(key: K, ...args: Args<K>) => string;

/** `t` for one language: `const t = translator(lang)`. */
export function translator(locale: Locale): Translate {
  return (key, ...args) => tr(locale, key, ...args);
}
