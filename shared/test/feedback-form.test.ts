import { describe, expect, it } from 'vitest';
import {
  BARRIER_FORM_PATH,
  BARRIER_THANKS_PATH,
  FEEDBACK_FIELDS as F,
  FEEDBACK_PATH,
  HELPED_CHOICES,
  MISSING_CHOICES,
  parseFeedback,
} from '../src/rules/feedback.ts';
import { feedbackUnavailablePath, germanPagePaths, RESERVED_TOP_LEVEL_SLUGS } from '../src/rules/urls.ts';

const rating = (extra: Record<string, string | string[]>) => ({
  [F.kind]: 'bewertung',
  [F.type]: 'page',
  [F.document]: 'abc123',
  [F.page]: '/rathaus/',
  ...extra,
});

describe('feedback addresses in the URL scheme', () => {
  it('keeps the form, its confirmation and the feedback address in reserved top-level folders', () => {
    for (const path of [FEEDBACK_PATH, BARRIER_FORM_PATH, BARRIER_THANKS_PATH, feedbackUnavailablePath()]) {
      expect(RESERVED_TOP_LEVEL_SLUGS.has(path.split('/')[1] ?? ''), path).toBe(true);
    }
  });

  it('refuses a page that would take the barrier form’s or the feedback address', () => {
    for (const slug of ['barriere-melden', 'rueckmeldung']) {
      const { issues } = germanPagePaths([{ documentId: 'p1', slug, parent: null }]);
      expect(issues.map((p) => p.rule)).toContain('reserved');
    }
  });
});

describe('parseFeedback: the choices of a rating', () => {
  const missing = Object.keys(MISSING_CHOICES)[0] ?? '';
  const helped = Object.keys(HELPED_CHOICES)[0] ?? '';

  it('keeps the choices of the question that belongs to the rating', () => {
    const low = parseFeedback(rating({ [F.rating]: '2', [F.choice]: [missing] }));
    expect(low.ok && low.value.kind === 'bewertung' && low.value.choices).toEqual([missing]);
    const high = parseFeedback(rating({ [F.rating]: '5', [F.choice]: helped }));
    expect(high.ok && high.value.kind === 'bewertung' && high.value.choices).toEqual([helped]);
  });

  it('leaves out a choice of the other question (the form shows the questions by CSS alone) instead of refusing the rating', () => {
    const result = parseFeedback(rating({ [F.rating]: '5', [F.choice]: [missing, helped] }));
    expect(result.ok && result.value.kind === 'bewertung' && result.value.choices).toEqual([helped]);
  });

  it('still refuses a choice neither question offers', () => {
    const result = parseFeedback(rating({ [F.rating]: '1', [F.choice]: 'erfunden' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual([F.choice]);
  });
});
