/*
 * Slugs: one URL path segment. Lower case a–z, digits, single hyphens — stricter than Strapi's
 * uid field (which accepts capitals, "_", "." and "~"). Umlauts are transliterated (ä → ae).
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

export const SLUG_MESSAGE = 'nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche (Umlaute umschreiben: ä → ae).';
