/*
 * The build status as editors read it: a small German HTML page served by the build runner at
 * GET / (127.0.0.1:RUNNER_PORT). No JavaScript and no automatic reload — a meta refresh that
 * reloads the page on its own fails WCAG 2.2.1/3.2.5 (technique F41); a "Neu laden" link does
 * the same on request. Its only style block is allowed by hash in its own CSP.
 */
import { createHash } from 'node:crypto';
import { formatDateTime } from '@stadtportal/shared/format';
import type { PublishStatus } from './releases.ts';
import type { QuarantineEntry } from './quarantine.ts';

const STYLE =
  'body{font:1rem/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
  'dt{font-weight:700;margin-top:1rem}dd{margin:0}pre{white-space:pre-wrap;background:#f3f3f3;padding:.5rem;overflow-wrap:anywhere}' +
  'a{color:#0b4f8a}a:focus-visible{outline:3px solid #0b4f8a;outline-offset:2px}' +
  'table{border-collapse:collapse;margin-top:.5rem;font-size:.9rem}th,td{border:1px solid #767676;padding:.25rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}';

/** CSP of the status page: nothing but its own style block. */
export const STATUS_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "25. November 2026, 16:04 Uhr" (Berlin time); the raw value when it is not a date. */
function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return esc(iso);
  return `<time datetime="${esc(d.toISOString())}">${formatDateTime(d)}</time>`;
}

/** A release id (20261125T150432123Z-a1b2c3) as the time it was started, plus the id. */
function release(id: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(id);
  const started = m ? when(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`) : '';
  return `${started ? `Build vom ${started} ` : ''}<code>${esc(id)}</code>`;
}

/**
 * The live release's quarantine: entries published in the CMS that the site does not show as
 * published (shared/src/quarantine.ts). Their editors must fix them; publishing went on.
 */
function quarantine(entries: readonly QuarantineEntry[]): string {
  if (entries.length === 0) return '<dd>Keine: Alle veröffentlichten Einträge sind so online, wie sie im CMS stehen.</dd>';
  const rows = entries.map(
    (e) =>
      `<tr><td>${esc(e.typeLabel)}${e.locale ? ` (${esc(e.locale)})` : ''}</td><td><code>${esc(e.documentId)}</code></td>` +
      `<td>${e.organisationName ? esc(e.organisationName) : e.organisation ? `<code>${esc(e.organisation)}</code>` : '–'}</td>` +
      `<td><code>${esc(e.field || '(Eintrag)')}</code></td><td>${esc(e.message)}</td><td>${esc(e.keptText)}</td></tr>`,
  );
  return (
    '<dd><p>Diese Einträge sind im CMS veröffentlicht, erfüllen aber die Regeln der Website nicht (etwa weil eine Prüfung strenger wurde). ' +
    'Die Website wurde trotzdem gebaut; die Spalte „Auf der Website“ sagt, was dort stattdessen steht. Bitte den Eintrag im CMS korrigieren und erneut veröffentlichen.</p>' +
    '<table><thead><tr><th scope="col">Inhaltstyp</th><th scope="col">Eintrag (documentId)</th><th scope="col">Organisation</th>' +
    `<th scope="col">Feld</th><th scope="col">Problem</th><th scope="col">Auf der Website</th></tr></thead><tbody>${rows.join('')}</tbody></table></dd>`
  );
}

/** Beyond one machine (cluster.ts): which runner answers and leads, and each site host. */
export interface ClusterInfo {
  runner?: { name: string; role: string };
  leader?: string | null;
  hosts?: readonly { name: string; live: string | null; ok: boolean; lastError: string | null }[];
}

export function statusPage(status: PublishStatus & ClusterInfo, now: Date = new Date()): string {
  const rows: string[] = [];
  if (status.runner) {
    const leads = status.leader && status.leader !== status.runner.name ? ` – die Builds leitet „${esc(status.leader)}“` : '';
    rows.push('<dt>Build-Runner</dt>', `<dd>„${esc(status.runner.name)}“ (${esc(status.runner.role)})${leads}</dd>`);
  }
  rows.push(
    '<dt>Läuft gerade ein Build?</dt>',
    status.running
      ? `<dd>Ja: ${release(status.running.id)}, Schritt „${esc(status.running.step)}“ (begonnen ${when(status.running.startedAt)}).${status.queued ? ' Danach folgt noch ein Build mit den neuesten Änderungen.' : ''}</dd>`
      : '<dd>Nein.</dd>',
  );
  rows.push('<dt>Live-Release (das sehen Besucherinnen und Besucher)</dt>', `<dd>${status.live ? release(status.live) : 'Noch kein Release ist live.'}</dd>`);
  if (status.lastSuccess) {
    rows.push(
      '<dt>Letzter erfolgreicher Build</dt>',
      `<dd>${when(status.lastSuccess.finishedAt)}, Dauer ${String(status.lastSuccess.seconds).replace('.', ',')} s</dd>`,
    );
  }
  const failedSinceSuccess = status.lastFailure !== null && (status.lastSuccess === null || status.lastFailure.at > status.lastSuccess.finishedAt);
  rows.push(
    '<dt>Letzter Fehler</dt>',
    status.lastFailure
      ? `<dd><p>${failedSinceSuccess ? '<strong>Der letzte Build ist fehlgeschlagen</strong> – die Website zeigt weiter das Live-Release.' : 'Danach gab es wieder einen erfolgreichen Build.'} ` +
          `Zeitpunkt: ${when(status.lastFailure.at)}, Schritt „${esc(status.lastFailure.step)}“. Grund:</p><pre>${esc(status.lastFailure.reason)}</pre></dd>`
      : '<dd>Keiner.</dd>',
  );
  rows.push(
    `<dt>Einträge in Quarantäne (${status.quarantine.length === 0 ? 'keine' : status.quarantine.length === 1 ? '1 Problem' : `${status.quarantine.length} Probleme`})</dt>`,
    quarantine(status.quarantine),
  );
  if (status.lastRollback) {
    rows.push(
      '<dt>Letztes Zurückrollen</dt>',
      `<dd>${when(status.lastRollback.at)}: von <code>${esc(status.lastRollback.from)}</code> auf <code>${esc(status.lastRollback.to)}</code></dd>`,
    );
  }
  rows.push('<dt>Vorgehaltene Releases (für das Zurückrollen)</dt>', `<dd>${status.releases.length}</dd>`);
  if (status.hosts && status.hosts.length > 0) {
    const items = status.hosts.map((h) => {
      const shows = h.live ? release(h.live) : 'noch kein Release';
      const state = h.ok && h.live === status.live ? 'aktuell' : `<strong>im Rückstand</strong>, wird nachgeholt${h.lastError ? ` (${esc(h.lastError)})` : ''}`;
      return `<li>„${esc(h.name)}“: ${shows} – ${state}</li>`;
    });
    rows.push('<dt>Website-Hosts</dt>', `<dd><ul>${items.join('')}</ul></dd>`);
  }
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${status.running ? 'Build läuft' : status.live ? 'Veröffentlicht' : 'Nicht veröffentlicht'} – Veröffentlichungsstatus Stadtportal</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Veröffentlichungsstatus des Stadtportals</h1>
<p>Stand: ${when(now.toISOString())}. <a href="./">Neu laden</a></p>
<dl>
${rows.join('\n')}
</dl>
<p>Änderungen, die Sie in der Redaktion veröffentlichen, lösen automatisch einen neuen Build aus. Erst wenn alle Prüfungen bestanden sind, wird er live geschaltet.</p>
</main>
</body>
</html>
`;
}
