import { describe, expect, it } from 'vitest';
import { fromProvider, MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT, parseConsents, resizeHeight, withConsent, withoutConsent } from './consent.ts';

describe('stored consents', () => {
  it('reads back what was written, per origin with its date', () => {
    const at = new Date('2026-11-25T10:00:00.000Z');
    const record = withConsent(withConsent({}, 'https://a.example.de', at), 'https://b.example.de', at);
    const again = parseConsents(JSON.stringify(record));
    expect(again).toEqual({ 'https://a.example.de': '2026-11-25T10:00:00.000Z', 'https://b.example.de': '2026-11-25T10:00:00.000Z' });
    expect(withoutConsent(again, 'https://a.example.de')).toEqual({ 'https://b.example.de': '2026-11-25T10:00:00.000Z' });
  });

  it('treats anything unreadable as no consent, never as consent', () => {
    expect(parseConsents(null)).toEqual({});
    expect(parseConsents('{kaputt')).toEqual({});
    expect(parseConsents('true')).toEqual({});
    expect(parseConsents('["https://a.example.de"]')).toEqual({});
    expect(parseConsents('{"https://a.example.de": true, "https://b.example.de": "kein Datum"}')).toEqual({});
  });
});

describe('resize messages', () => {
  it('accepts the documented shape and clamps the height', () => {
    expect(resizeHeight({ type: 'stadtportal:resize', height: 612.4 })).toBe(612);
    expect(resizeHeight({ type: 'stadtportal:resize', height: 0 })).toBe(MIN_FRAME_HEIGHT);
    expect(resizeHeight({ type: 'stadtportal:resize', height: 1e9 })).toBe(MAX_FRAME_HEIGHT);
  });

  it('ignores everything else', () => {
    for (const data of [
      null,
      'stadtportal:resize',
      { type: 'resize', height: 500 },
      { type: 'stadtportal:resize', height: '500' },
      { type: 'stadtportal:resize', height: Number.NaN },
    ]) {
      expect(resizeHeight(data), JSON.stringify(data)).toBeNull();
    }
  });

  it('comes only from the provider origin and our frame’s own window', () => {
    const frame = {};
    expect(fromProvider({ origin: 'https://a.example.de', source: frame as MessageEventSource }, 'https://a.example.de', frame)).toBe(true);
    expect(fromProvider({ origin: 'https://evil.example.de', source: frame as MessageEventSource }, 'https://a.example.de', frame)).toBe(false);
    expect(fromProvider({ origin: 'https://a.example.de', source: {} as MessageEventSource }, 'https://a.example.de', frame)).toBe(false);
    expect(fromProvider({ origin: 'https://a.example.de', source: null }, 'https://a.example.de', null)).toBe(false);
  });
});
