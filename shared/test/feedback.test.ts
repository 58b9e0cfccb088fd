// The feedback grammar (rules/feedback.ts) with hostile input: exactly the two kinds, exactly
// their fields, every value in its grammar — and the due date of a barrier report.
import { describe, expect, it } from 'vitest';
import {
  barrierDueDate,
  FEEDBACK_FIELDS as F,
  FEEDBACK_LIMITS,
  HELPED_CHOICES,
  MISSING_CHOICES,
  parseFeedback,
  type FormFields,
} from '../src/rules/feedback.ts';
import { CMS_CONTENT_TYPES, internalTypeUids, publicReadActions } from '../src/rules/content-types.ts';
import { CONTENT_REGISTRY, listsOf } from '../src/registry/index.ts';

const rating = (extra: Record<string, string | string[] | undefined> = {}): FormFields => ({
  [F.kind]: 'bewertung',
  [F.honeypot]: '',
  [F.type]: 'service',
  [F.document]: 'abc123def456ghi789jkl012',
  [F.page]: '/leistungen/personalausweis/',
  [F.rating]: '2',
  [F.choice]: ['info-fehlt'],
  [F.text]: 'Die Gebühren fehlen.',
  ...extra,
});

const barrier = (extra: Record<string, string | string[] | undefined> = {}): FormFields => ({
  [F.kind]: 'barriere',
  [F.page]: '/rathaus/',
  [F.problem]: 'Der Knopf ist mit der Tastatur nicht erreichbar.',
  [F.email]: 'melder@example.org',
  [F.consent]: 'ja',
  ...extra,
});

const errorsOf = (fields: FormFields) => {
  const r = parseFeedback(fields);
  return r.ok ? [] : r.errors;
};
const fieldsOf = (fields: FormFields) => errorsOf(fields).map((e) => e.field);

describe('parseFeedback', () => {
  it('accepts a rating and a barrier report (with and without source and address)', () => {
    expect(parseFeedback(rating())).toEqual({
      ok: true,
      value: {
        kind: 'bewertung',
        type: 'service',
        document: 'abc123def456ghi789jkl012',
        page: '/leistungen/personalausweis/',
        rating: 2,
        choices: ['info-fehlt'],
        text: 'Die Gebühren fehlen.',
      },
    });
    expect(parseFeedback(barrier())).toMatchObject({ ok: true, value: { kind: 'barriere', source: null, email: 'melder@example.org' } });
    expect(parseFeedback(barrier({ [F.email]: '', [F.page]: '' }))).toMatchObject({ ok: true, value: { page: '', email: '' } });
    expect(parseFeedback(barrier({ [F.type]: 'page', [F.document]: 'abc' }))).toMatchObject({ ok: true, value: { source: { type: 'page', document: 'abc' } } });
  });

  it('refuses unknown fields and fields of the other kind, naming them', () => {
    expect(fieldsOf(rating({ admin: '1' }))).toEqual(['admin']);
    expect(fieldsOf(rating({ [F.email]: 'a@b.example' }))).toEqual([F.email]);
    expect(fieldsOf(barrier({ [F.rating]: '5' }))).toEqual([F.rating]);
    expect(errorsOf(rating({ ['x'.repeat(500)]: '1' }))[0]?.message.length).toBeLessThan(80);
  });

  it('refuses another kind, a missing kind and a repeated kind', () => {
    expect(fieldsOf({ ...rating(), [F.kind]: 'kommentar' })).toEqual([F.kind]);
    expect(fieldsOf({ [F.text]: 'x' })).toEqual([F.kind]);
    expect(fieldsOf({ ...rating(), [F.kind]: ['bewertung', 'barriere'] })).toEqual([F.kind]);
  });

  it('refuses oversized text (counted in characters, CRLF once) and accepts the limit', () => {
    expect(fieldsOf(rating({ [F.text]: 'ä'.repeat(FEEDBACK_LIMITS.text) }))).toEqual([]);
    expect(fieldsOf(rating({ [F.text]: '😀'.repeat(FEEDBACK_LIMITS.text) }))).toEqual([]);
    expect(fieldsOf(rating({ [F.text]: 'a'.repeat(FEEDBACK_LIMITS.text + 1) }))).toEqual([F.text]);
    expect(fieldsOf(rating({ [F.text]: 'ab\r\n'.repeat(FEEDBACK_LIMITS.text / 3).trim() }))).toEqual([]);
    expect(fieldsOf(barrier({ [F.problem]: 'x'.repeat(FEEDBACK_LIMITS.problem + 1) }))).toEqual([F.problem]);
  });

  it('refuses markup, SSI commands and control characters instead of changing them', () => {
    for (const text of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '</p>',
      '<!-- x -->',
      '<!--#include virtual="/etc/passwd" -->',
      '<?php ?>',
    ]) {
      expect(fieldsOf(rating({ [F.text]: text })), text).toEqual([F.text]);
    }
    for (const text of ['a\u0000b', 'a\u001bb', 'a\u202eb', 'a\u2028b', 'a\u007fb']) {
      expect(fieldsOf(rating({ [F.text]: text })), JSON.stringify(text)).toEqual([F.text]);
    }
    // Comparisons and ampersands are text, not markup.
    expect(fieldsOf(rating({ [F.text]: 'Gebühr < 10 € & > 5 €; Tab\tund\nZeile' }))).toEqual([]);
  });

  it('refuses page addresses that leave the site or are no path', () => {
    for (const page of [
      '//evil.example/',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/a/../..//evil.example',
      '/seite?x=1',
      '/a b/',
      'rathaus/',
      '/' + 'a'.repeat(600),
    ]) {
      expect(fieldsOf(rating({ [F.page]: page })), page).toEqual([F.page]);
    }
    expect(fieldsOf(rating({ [F.page]: '' }))).toEqual([F.page]);
    expect(fieldsOf(barrier({ [F.page]: '//evil.example' }))).toEqual([F.page]);
  });

  it('refuses bad ratings, choices, types and document ids', () => {
    for (const r of ['0', '6', '2.5', ' ', '', '1e0', '٣']) expect(fieldsOf(rating({ [F.rating]: r })), r).toContain(F.rating);
    // A choice of the other question is left out, not refused (feedback-form.test.ts): the form
    // shows the questions by CSS alone. A choice neither question offers is refused.
    for (const [r, other] of [
      ['5', Object.keys(MISSING_CHOICES).slice(0, 1)],
      ['1', Object.keys(HELPED_CHOICES).slice(0, 1)],
    ] as const) {
      const result = parseFeedback(rating({ [F.rating]: r, [F.choice]: other }));
      expect(result.ok && result.value.kind === 'bewertung' && result.value.choices).toEqual([]);
    }
    expect(fieldsOf(rating({ [F.choice]: ['erfunden'] }))).toEqual([F.choice]);
    expect(fieldsOf(rating({ [F.choice]: ['__proto__'] }))).toEqual([F.choice]);
    expect(fieldsOf(rating({ [F.type]: 'organisation' }))).toEqual([F.type]);
    expect(fieldsOf(rating({ [F.document]: 'ABC' }))).toEqual([F.document]);
    expect(fieldsOf(rating({ [F.document]: "1' OR '1'='1" }))).toEqual([F.document]);
    expect(fieldsOf(rating({ [F.text]: ['a', 'b'] }))).toEqual([F.text]);
  });

  it('reports a filled honeypot as its own field (the route answers it like a success)', () => {
    expect(fieldsOf(rating({ [F.honeypot]: 'http://spam.example' }))).toEqual([F.honeypot]);
    expect(fieldsOf(barrier({ [F.honeypot]: 'x' }))).toEqual([F.honeypot]);
  });

  it('refuses a barrier report without problem, consent or with a bad address', () => {
    expect(fieldsOf(barrier({ [F.problem]: '  ' }))).toEqual([F.problem]);
    expect(fieldsOf(barrier({ [F.consent]: undefined }))).toEqual([F.consent]);
    for (const email of ['nicht@', 'a b@example.org', '<a@example.org>', 'a@example', `${'a'.repeat(250)}@example.org`]) {
      expect(fieldsOf(barrier({ [F.email]: email })), email).toEqual([F.email]);
    }
  });
});

describe('barrierDueDate', () => {
  it('is one month later, on the month’s last day when the day does not exist', () => {
    expect(barrierDueDate(new Date('2026-12-07T14:00:00Z')).toISOString()).toBe('2027-01-07T14:00:00.000Z');
    expect(barrierDueDate(new Date('2027-01-31T10:00:00Z')).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(barrierDueDate(new Date('2028-01-31T10:00:00Z')).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(barrierDueDate(new Date('2026-12-31T23:30:00Z')).toISOString()).toBe('2027-01-31T23:30:00.000Z');
  });
});

describe('the feedback types in the registry', () => {
  it('stay inside the CMS: no public action, not pulled', () => {
    expect(internalTypeUids()).toEqual(['api::page-rating.page-rating', 'api::barrier-report.barrier-report', 'api::published-version.published-version']);
    expect(publicReadActions().filter((a) => a.includes('rating') || a.includes('barrier'))).toEqual([]);
    const pulled = [...listsOf(CONTENT_REGISTRY)].map(({ list }) => list.cms.uid);
    expect(pulled.length).toBeGreaterThan(10);
    for (const uid of internalTypeUids()) expect(pulled).not.toContain(uid);
    expect(CMS_CONTENT_TYPES['page-rating'].references).toEqual(['organisation']);
  });
});
