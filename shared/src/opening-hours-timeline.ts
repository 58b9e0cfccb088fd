/*
 * The part of the opening-hours logic that runs in the browser. No imports on purpose: the
 * site's script bundles these few lines and nothing else — no holiday library, no date library.
 * The timeline itself is computed at build time by openingStatusTimeline() in opening-hours.ts.
 */

export interface StatusTimeline {
  /** [instant in ms, text]: from that instant on the text applies, until the next step. Ascending. */
  steps: [number, string][];
  /** From this instant on the steps say nothing (the page is older than its timeline). */
  until: number;
}

/** The status text for `now` (ms since epoch), or null outside the timeline. */
export function statusFromTimeline(timeline: StatusTimeline, now: number): string | null {
  if (now >= timeline.until) return null;
  let text: string | null = null;
  for (const [t, s] of timeline.steps) {
    if (t > now) break;
    text = s;
  }
  return text;
}

/** When the text next changes after `now`: the next step, or the end of the timeline. */
export function nextChange(timeline: StatusTimeline, now: number): number | null {
  if (now >= timeline.until) return null;
  return timeline.steps.find(([t]) => t > now)?.[0] ?? timeline.until;
}

/** Reads a timeline from its JSON form (a data attribute); null for anything else. */
export function parseTimeline(json: string): StatusTimeline | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // Not JSON: the caller keeps the text rendered at build time.
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { steps, until } = value as { steps?: unknown; until?: unknown };
  if (typeof until !== 'number' || !Array.isArray(steps)) return null;
  const valid = steps.every((s: unknown) => Array.isArray(s) && s.length === 2 && typeof s[0] === 'number' && typeof s[1] === 'string');
  return valid ? { steps: steps as [number, string][], until } : null;
}
