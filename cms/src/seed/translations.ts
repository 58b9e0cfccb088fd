// PLACEHOLDER (lead): the English/i18n helper replaces this file.
import type { SeedContext } from './context';
export interface SeedPageTranslation { page: string }
export async function seedPageTranslations(_ctx: SeedContext, translations: readonly SeedPageTranslation[]): Promise<string> {
  return `${translations.length} englische Seiten`;
}
