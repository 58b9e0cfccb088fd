/*
 * The pure parts of the consent-first islands (ADR 0009), shared by the browser script
 * (src/scripts/consent.ts) and the unit tests: what is stored, and which messages from an
 * embedded provider are accepted.
 */

/**
 * localStorage key of the remembered consents: a JSON object `{ "<provider origin>": "<ISO date
 * of consent>" }`. Nothing else is stored; no cookie is set. Only the origin (no page, no person)
 * and the date, so the privacy page can say since when.
 */
export const CONSENT_STORAGE_KEY = 'stadtportal:einwilligungen';

/** Event on `document` after a consent changed: every island on the page re-reads the store. */
export const CONSENT_CHANGE_EVENT = 'stadtportal:einwilligung';

export type ConsentRecord = Readonly<Record<string, string>>;

/** The stored consents; anything unreadable counts as „no consent“ (never as consent). */
export function parseConsents(raw: string | null): ConsentRecord {
  if (raw === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    // Broken JSON (edited by hand, another app's value): no consent, and the next write repairs it.
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [origin, date] of Object.entries(value)) {
    if (typeof date === 'string' && !Number.isNaN(Date.parse(date))) out[origin] = date;
  }
  return out;
}

export const withConsent = (record: ConsentRecord, origin: string, at: Date): ConsentRecord => ({ ...record, [origin]: at.toISOString() });

export function withoutConsent(record: ConsentRecord, origin: string): ConsentRecord {
  const { [origin]: _removed, ...rest } = record;
  return rest;
}

/**
 * The message an embedded provider posts to its parent to ask for a height:
 * `{ type: 'stadtportal:resize', height: <CSS pixels> }`. Heights outside the bounds are clamped:
 * a provider can neither hide its frame (0) nor push the rest of the page kilometres down.
 */
export const RESIZE_MESSAGE_TYPE = 'stadtportal:resize';
export const MIN_FRAME_HEIGHT = 200;
export const MAX_FRAME_HEIGHT = 4000;

/** The frame height the message asks for, or null if it is not a resize message. */
export function resizeHeight(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== RESIZE_MESSAGE_TYPE || typeof height !== 'number' || !Number.isFinite(height)) return null;
  return Math.round(Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, height)));
}

/**
 * The only provider frame this message may come from: same origin as the provider *and* the very
 * window of our frame. The origin check alone would accept another frame of the same provider
 * (or a popup it opened); the source check alone would accept the frame after it navigated away
 * to another origin.
 */
export function fromProvider(event: Pick<MessageEvent, 'origin' | 'source'>, providerOrigin: string, frameWindow: unknown): boolean {
  return event.origin === providerOrigin && frameWindow !== null && frameWindow !== undefined && event.source === frameWindow;
}
