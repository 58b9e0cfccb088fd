// Eilmeldungen: the contract, normalisation of Strapi entries, and the fragment renderer shared
// by the site build (baked) and the build runner (live SSI fragment).
import { describe, expect, it } from 'vitest';
import {
  activeAlerts,
  alert,
  alertSlot,
  escapeHtml,
  InvalidContentError,
  isAlertActive,
  liveAlertFragment,
  nextAlertChange,
  normalizeAlerts,
  renderAlerts,
  validateSnapshot,
  type Alert,
} from '../src/index.ts';
import { restAlerts } from './fixtures/rest.ts';
import * as contract from './fixtures/contract.ts';

const base: Alert = {
  documentId: 'alert1',
  severity: 'gefahr',
  title: 'Bombenentschärfung in der Innenstadt',
  text: 'Der Bereich um den Markt wird ab 10 Uhr geräumt.',
  link: '/rathaus/',
  linkText: 'Sperrgebiet und Notunterkunft',
  start: '2026-11-25T09:00:00.000Z',
  end: '2026-11-25T15:00:00.000Z',
};
const at = (iso: string) => new Date(iso);

describe('alert contract', () => {
  it('accepts a valid alert and refuses end before start, unsafe links and a link without text', () => {
    expect(alert.parse(base)).toEqual(base);
    expect(alert.safeParse({ ...base, end: base.start }).error?.issues[0]?.path).toEqual(['end']);
    expect(alert.safeParse({ ...base, link: 'javascript:alert(1)' }).success).toBe(false);
    expect(alert.safeParse({ ...base, linkText: null }).error?.issues[0]?.path).toEqual(['linkText']);
    expect(alert.safeParse({ ...base, severity: 'rot' }).success).toBe(false);
    expect(alert.safeParse({ ...base, text: 'x'.repeat(501) }).success).toBe(false);
    expect(alert.safeParse({ ...base, link: null, linkText: null }).success).toBe(true);
  });

  it('normalises Strapi entries and names type, documentId and field of a problem', () => {
    expect(normalizeAlerts(restAlerts())).toEqual(contract.alerts);
    const bad = { ...restAlerts()[0], end: '2026-01-01T00:00:00.000Z', link: '', linkText: '' };
    const cleared = normalizeAlerts([{ ...restAlerts()[0], link: '', linkText: '  ' }]);
    expect(cleared[0]?.link).toBeNull();
    try {
      normalizeAlerts([bad]);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidContentError);
      expect((err as InvalidContentError).issues).toEqual([
        { type: 'alert', documentId: contract.ID.hochwasser, field: 'end', message: 'Ende muss nach dem Beginn liegen' },
      ]);
    }
  });

  it('is part of the snapshot; a snapshot without alerts (older pull) means none', () => {
    expect(validateSnapshot(contract.validSnapshot()).alerts).toEqual(contract.alerts);
    const { alerts: _dropped, ...older } = contract.validSnapshot();
    expect(validateSnapshot(older).alerts).toEqual([]);
    const broken = { ...contract.validSnapshot(), alerts: [{ ...base, severity: 'rot' }] };
    expect(() => validateSnapshot(broken)).toThrow(/alert alert1, Feld „severity“/);
  });
});

describe('active window', () => {
  it('starts at start (inclusive) and ends at end (exclusive)', () => {
    expect(isAlertActive(base, at('2026-11-25T08:59:59.999Z'))).toBe(false);
    expect(isAlertActive(base, at('2026-11-25T09:00:00.000Z'))).toBe(true);
    expect(isAlertActive(base, at('2026-11-25T14:59:59.999Z'))).toBe(true);
    expect(isAlertActive(base, at('2026-11-25T15:00:00.000Z'))).toBe(false);
  });

  it('orders by severity, then newest first', () => {
    const info: Alert = { ...base, documentId: 'i', severity: 'info', start: '2026-11-25T10:00:00.000Z' };
    const warn: Alert = { ...base, documentId: 'w', severity: 'warnung' };
    const newer: Alert = { ...base, documentId: 'g2', start: '2026-11-25T11:00:00.000Z' };
    const ids = activeAlerts([info, warn, base, newer], at('2026-11-25T12:00:00Z')).map((a) => a.documentId);
    expect(ids).toEqual(['g2', 'alert1', 'w', 'i']);
  });

  it('names the next start or end after now, or null', () => {
    const later: Alert = { ...base, documentId: 'l', start: '2026-11-25T12:00:00.000Z', end: '2026-11-26T12:00:00.000Z' };
    expect(nextAlertChange([base, later], at('2026-11-25T08:00:00Z'))?.toISOString()).toBe(base.start);
    expect(nextAlertChange([base, later], at('2026-11-25T09:00:00Z'))?.toISOString()).toBe(later.start);
    expect(nextAlertChange([base, later], at('2026-11-25T13:00:00Z'))?.toISOString()).toBe(base.end);
    expect(nextAlertChange([base, later], at('2026-11-27T00:00:00Z'))).toBeNull();
  });
});

describe('fragment', () => {
  it('renders an accessible German region with severity as text, link and end time', () => {
    const html = renderAlerts([base], at('2026-11-25T10:00:00Z'));
    expect(html).toMatch(/^<aside class="alert-banner" aria-label="Eilmeldung" lang="de">/);
    expect(html).toContain('<strong class="alert-banner__severity">Gefahr:</strong> Bombenentschärfung in der Innenstadt');
    expect(html).toContain('<a href="/rathaus/">Sperrgebiet und Notunterkunft</a>');
    // 15:00 UTC is 16:00 in Berlin (winter time).
    expect(html).toContain('Gültig bis <time datetime="2026-11-25T15:00:00.000Z">25. November 2026, 16:00 Uhr</time>');
    const two = renderAlerts([base, { ...base, documentId: 'b', severity: 'info' }], at('2026-11-25T10:00:00Z'));
    expect(two).toContain('aria-label="Eilmeldungen"');
    expect(two.match(/alert-banner__item /g)).toHaveLength(2);
    expect(two.indexOf('Gefahr:')).toBeLessThan(two.indexOf('Hinweis:'));
    expect(renderAlerts([base], at('2026-11-25T15:00:00Z'))).toBe('');
  });

  it('escapes text and attributes', () => {
    const evil: Alert = { ...base, title: '<script>x</script>', text: 'A & B "C"', link: 'https://example.org/?a=1&b="2"', linkText: "<b>'x'</b>" };
    const html = renderAlerts([evil], at('2026-11-25T10:00:00Z'));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('A &amp; B &quot;C&quot;');
    expect(html).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('&lt;b&gt;&#39;x&#39;&lt;/b&gt;');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('live fragment is never empty (nginx would fall back to the baked stub)', () => {
    const none = liveAlertFragment([base], at('2026-11-26T00:00:00Z'));
    expect(none.trim()).toMatch(/^<!-- Eilmeldung: keine aktiv \(Stand 2026-11-26T00:00:00.000Z\) -->$/);
    expect(liveAlertFragment([base], at('2026-11-25T10:00:00Z'))).toContain('Gefahr:');
  });

  it('wraps the baked alerts in an SSI block followed by the include', () => {
    expect(alertSlot('<aside>x</aside>')).toBe(
      '<!--# block name="eilmeldung" --><aside>x</aside><!--# endblock --><!--# include virtual="/_eilmeldung" stub="eilmeldung" -->',
    );
  });
});
