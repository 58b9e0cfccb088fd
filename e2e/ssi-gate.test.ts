// The release gate „SSI“ (scripts/publish/ssi.ts): nginx runs every „<!--#“ in an HTML page as a
// command (`ssi on`), so a built page may carry exactly one: the Eilmeldung slot. Anything else —
// from content that slipped past the contract and the CMS — fails the build, naming page and place.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertSlot, renderAlerts, type Alert } from '@stadtportal/shared';
import { ssiFindings } from '@stadtportal/publish/ssi';
import { realSteps } from '@stadtportal/publish/steps';
import { makeRelease } from './helpers/publish.ts';

const ALERT: Alert = {
  documentId: 'alerthochwasser0000001',
  severity: 'warnung',
  title: 'Hochwasser an der Eine',
  text: 'Der Radweg ist gesperrt.',
  link: null,
  linkText: null,
  start: '2026-01-10T07:00:00.000Z',
  end: '2026-01-12T18:00:00.000Z',
};
const SLOT = alertSlot(renderAlerts([ALERT], new Date('2026-01-11T00:00:00Z')));
const INCLUDE = `<!--# include virtual='/_eilmeldung' -->`;

/** A page as the site writes it: head, the alert slot at the top of the body, content. */
const page = (head: string, body: string, slot = SLOT) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Seite</title>${head}</head><body>${slot}<main>${body}</main></body></html>`;
const findings = (html: string) => ssiFindings(Buffer.from(html), '/seite/').map((f) => f.where);

describe('SSI-Befehle in gebauten Seiten', () => {
  it('erlaubt genau den Eilmeldungs-Platz, mit und ohne gebackene Meldung', () => {
    expect(findings(page('', '<p>Text</p>'))).toEqual([]);
    expect(findings(page('', '<p>Text</p>', alertSlot('')))).toEqual([]);
    // A page without the slot (e.g. a fragment) is fine as well.
    expect(findings('<!doctype html><html lang="de"><title>x</title><p>ohne</p></html>')).toEqual([]);
  });

  it('findet einen Befehl in Attributwerten und nennt Attribut und Element', () => {
    expect(findings(page(`<meta name="description" content="Rathaus ${INCLUDE}">`, '<p>Text</p>'))).toEqual(['im Attribut „content“ von <meta>']);
    expect(findings(page('', `<img src="/medien/a.png" alt="Markt ${INCLUDE}" width="1" height="1">`))).toEqual(['im Attribut „alt“ von <img>']);
    expect(findings(page('', `<pre class="code" data-language="${INCLUDE}"><code>x</code></pre>`))).toEqual(['im Attribut „data-language“ von <pre>']);
  });

  it('findet einen Befehl im Inhalt eines Elements, auch in JSON-LD', () => {
    expect(findings(page(`<script type="application/ld+json">{"name":"${INCLUDE}"}</script>`, '<p>x</p>'))).toEqual([
      'im Inhalt von <script type="application/ld+json">',
    ]);
    expect(findings(page('', '<p>Text <!--#echo var="DOCUMENT_ROOT" --></p>'))).toEqual(['im Inhalt von <p>']);
  });

  it('lässt keinen zweiten Platz und keinen Befehl zwischen block und endblock durch', () => {
    expect(findings(page('', `<p>${alertSlot('')}</p>`))).toHaveLength(3);
    const hijacked = SLOT.replace('</aside>', `${INCLUDE}</aside>`);
    expect(findings(page('', '<p>x</p>', hijacked))).toHaveLength(1);
    // A slot whose include points elsewhere is not the slot.
    expect(findings(page('', '<p>x</p>', SLOT.replace('/_eilmeldung', '/etc/passwd')))).toHaveLength(3);
  });

  it('sucht in den Bytes: Umlaute vor dem Befehl verschieben nichts', () => {
    const html = page(`<meta name="description" content="Bürgerbüro ÄÖÜ ${INCLUDE}">`, '<p>Grüße</p>');
    const [f] = ssiFindings(Buffer.from(html), '/seite/');
    expect(f?.excerpt.startsWith(INCLUDE)).toBe(true);
  });
});

describe('Build-Schritt „SSI“', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'stadtportal-ssi-gate-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('lässt ein Release ohne fremde Befehle durch und hält eines mit Befehl im Attribut auf, mit Seite und Stelle', async () => {
    const step = realSteps({ skipA11y: true }).find((s) => s.name === 'SSI');
    expect(step, 'Schritt SSI in realSteps()').toBeDefined();
    const base = join(tmp, 'publish');
    const release = await makeRelease(base, 'R1');
    const ctx = { release, base, live: null, signal: new AbortController().signal, log: () => {} };
    await writeFile(join(release.site, 'index.html'), page('', '<h1>Start</h1>'));
    await expect(step?.run(ctx)).resolves.toBeUndefined();

    const file = join(release.site, 'aktuelles', 'gildefest', 'index.html');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, page(`<meta name="description" content="Gildefest ${INCLUDE}">`, '<h1>Gildefest</h1>'));
    await expect(step?.run(ctx)).rejects.toThrow(
      /^1 Server-Befehle \(„<!--#“\) auf 1 von \d+ Seiten, die nginx ausführen würde:\n {2}\/aktuelles\/gildefest\/: „<!--# include virtual='\/_eilmeldung' -->“ im Attribut „content“ von <meta>$/,
    );
  });
});
