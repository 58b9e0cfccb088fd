import { describe, expect, it } from 'vitest';
import { InvalidContentError } from '../src/errors.ts';
import { normalizeRedirects, redirectStatusValue } from '../src/normalize/redirect.ts';
import { restRedirects } from './fixtures/rest.ts';
import { redirects } from './fixtures/contract.ts';

describe('normalizeRedirects', () => {
  it('maps the CMS enumeration to HTTP status and an emptied target to null', () => {
    expect(normalizeRedirects(restRedirects())).toEqual(redirects);
  });

  it('names documentId and field of an invalid entry', () => {
    const raw = restRedirects();
    raw[0] = { ...raw[0], from: 'javascript:alert(1)' };
    raw[1] = { ...raw[1], kind: 'weg' };
    raw[2] = { ...raw[2], kind: 'dauerhaft_301' }; // 301 without a target
    let error: unknown;
    try {
      normalizeRedirects(raw);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InvalidContentError);
    const issues = (error as InvalidContentError).issues.map((i) => `${i.documentId} ${i.field}`);
    expect(issues).toEqual(['redirect0000000000000001 from', 'redirect0000000000000002 kind', 'redirect0000000000000003 to']);
  });

  it('writes the status back as the CMS value', () => {
    expect(redirectStatusValue(301)).toBe('dauerhaft_301');
    expect(redirectStatusValue(410)).toBe('entfernt_410');
  });
});
