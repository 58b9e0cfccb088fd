import { expect } from 'vitest';
import { InvalidContentError, type ContentIssue } from '../../src/errors.ts';
import { normalizeContent, type RawContent } from './normalize-content.ts';
import { validateSnapshot } from '../../src/snapshot.ts';

/*
 * The content issues a refused input produces — one place for the "must throw
 * InvalidContentError" pattern the schema, snapshot and normalisation tests share.
 */

export const BASE = 'http://127.0.0.1:1337';

function issuesThrownBy(run: () => unknown, refusal: string): readonly ContentIssue[] {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidContentError);
    return (err as InvalidContentError).issues;
  }
  throw new Error(refusal);
}

/** validateSnapshot must refuse `snapshot`; returns its issues. */
export const snapshotIssues = (snapshot: unknown): readonly ContentIssue[] =>
  issuesThrownBy(() => validateSnapshot(snapshot), 'validateSnapshot hat den ungültigen Snapshot angenommen');

/** normalizeContent must refuse `input`; returns its issues. */
export const normalizeIssues = (input: RawContent): readonly ContentIssue[] =>
  issuesThrownBy(() => normalizeContent(input, { baseUrl: BASE }), 'normalizeContent hat ungültige Inhalte angenommen');

/** The REST entry with that documentId (test data must have it). */
export function entry(list: Record<string, unknown>[], documentId: string): Record<string, unknown> {
  const e = list.find((x) => x.documentId === documentId);
  if (!e) throw new Error(`Testdaten: ${documentId} fehlt`);
  return e;
}
