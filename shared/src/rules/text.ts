/*
 * Text an editor typed: what may never be in it, whatever the field.
 *
 * nginx parses every served HTML page for server-side include commands (the Eilmeldung slot,
 * ADR 0007). A command starts with `<!--#`; attribute values, JSON-LD and included files keep
 * that sequence intact, so text containing it could make nginx include another file into a
 * page (e.g. an .ics whose title breaks out of an attribute). No town text needs it: it is
 * refused at save, quarantined in a pull, and the release gate refuses it in built pages.
 */

/** The opener of an nginx SSI command. nginx matches it byte for byte (no case, no spaces). */
export const SSI_OPENER = '<!--#';

export function containsSsiCommand(value: string): boolean {
  return value.includes(SSI_OPENER);
}

export const SSI_MESSAGE = 'Die Zeichenfolge „<!--#“ ist nicht erlaubt (Server-Befehl).';

/** Where in a nested value (entry data, blocks, components) a string holds an SSI command. */
export function findSsiCommand(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return containsSsiCommand(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findSsiCommand(value[i], [...path, i]);
      if (hit) return hit;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findSsiCommand(v, [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
}

/** No whitespace or control characters: never valid inside a URL, and classic filter bypasses. */
export function hasSpaceOrControl(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  return /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(value);
}
