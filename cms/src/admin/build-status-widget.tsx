/*
 * Homepage widget „Veröffentlichung“: tells editors that publishing starts a build, shows what
 * the build runner reports — whether a build runs, the last failure's step — and above all the
 * entries in quarantine: published in the CMS, but not on the site as published (invalid under
 * the site's rules; shared/src/quarantine.ts), each with field, reason and what the site shows
 * instead. Editors of one organisation see their organisation's entries only.
 *
 * The data comes from Strapi's own route GET /stadtportal/build-status (src/build-status), which
 * asks the runner: the dashboard's Content-Security-Policy (connect-src 'self' https:) does not let
 * the browser ask the runner on http://127.0.0.1. The full status page stays one link away;
 * STRAPI_ADMIN_BUILD_STATUS_URL (read when the admin is built) points that link elsewhere, e.g.
 * to the status page behind the proxy in production.
 */
import { forwardRef, useEffect, useState, type SVGProps } from 'react';
import { Link } from 'react-router-dom';
import { useFetchClient } from '@strapi/strapi/admin';
import type { BuildStatusAnswer } from '../build-status';
import { cell, errorMessage, type Loaded as LoadState } from './ui';

export const BUILD_STATUS_URL: string = process.env.STRAPI_ADMIN_BUILD_STATUS_URL || 'http://127.0.0.1:4322/';

/** A small upload/publish arrow (Strapi's icon set is not a dependency of this app). */
export const PublishIcon = forwardRef<SVGSVGElement, SVGProps<SVGSVGElement>>(function PublishIcon(props, ref) {
  return (
    <svg ref={ref} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="1em" height="1em" fill="currentColor" aria-hidden="true" {...props}>
      <path d="M16 3 7 12.5l1.9 1.8L14.7 8v15h2.6V8l5.8 6.3 1.9-1.8L16 3Zm-10 22v4h20v-4h-2.6v1.4H8.6V25H6Z" />
    </svg>
  );
});

type Loaded = LoadState<BuildStatusAnswer>;

function Quarantine({ status }: { status: BuildStatusAnswer }) {
  const whose = status.scope === 'own' ? 'Ihrer Organisation' : 'aller Organisationen';
  if (status.quarantine.length === 0) {
    return <p style={{ margin: 0 }}>Keine Einträge {whose} in Quarantäne: Alles Veröffentlichte ist so online, wie es im CMS steht.</p>;
  }
  return (
    <div>
      <p style={{ margin: 0 }}>
        <strong>Einträge {whose} in Quarantäne:</strong> veröffentlicht, aber von der Website nicht übernommen. Bitte korrigieren und erneut veröffentlichen –
        die Spalte „Auf der Website“ sagt, was bis dahin dort steht.
      </p>
      <table style={{ borderCollapse: 'collapse', marginTop: '0.5rem', fontSize: '1.3rem' }}>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              Eintrag
            </th>
            {status.scope === 'all' && (
              <th scope="col" style={cell}>
                Organisation
              </th>
            )}
            <th scope="col" style={cell}>
              Feld
            </th>
            <th scope="col" style={cell}>
              Problem
            </th>
            <th scope="col" style={cell}>
              Auf der Website
            </th>
          </tr>
        </thead>
        <tbody>
          {status.quarantine.map((q, i) => (
            <tr key={`${q.type}-${q.documentId}-${q.field}-${i}`}>
              <td style={cell}>
                {q.typeLabel}
                {q.locale ? ` (${q.locale})` : ''}: {q.editPath ? <Link to={q.editPath}>{q.documentId}</Link> : <code>{q.documentId}</code>}
              </td>
              {status.scope === 'all' && <td style={cell}>{q.organisationName ?? q.organisation ?? '–'}</td>}
              <td style={cell}>
                <code>{q.field || '(Eintrag)'}</code>
              </td>
              <td style={cell}>{q.message}</td>
              <td style={cell}>{q.keptText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function BuildStatusWidget() {
  const { get } = useFetchClient();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let active = true;
    get<BuildStatusAnswer>('/stadtportal/build-status').then(
      (res) => active && setLoaded({ state: 'ok', answer: res.data }),
      (err: unknown) => active && setLoaded({ state: 'error', message: errorMessage(err) }),
    );
    return () => {
      active = false;
    };
  }, [get]);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '0.75rem', fontSize: '1.4rem', lineHeight: 1.5 }}>
      <p style={{ margin: 0 }}>
        Was Sie veröffentlichen, geht automatisch live: Ein Build holt die Inhalte, baut die Website und prüft sie (Links, HTML, Barrierefreiheit). Erst wenn
        alles besteht, wird umgeschaltet – bei einem Fehler bleibt die bisherige Website online.
      </p>
      {loaded.state === 'loading' && <p style={{ margin: 0 }}>Status wird geladen …</p>}
      {loaded.state === 'error' && <p style={{ margin: 0 }}>Status nicht abrufbar: {loaded.message}</p>}
      {loaded.state === 'ok' && !loaded.answer.available && <p style={{ margin: 0 }}>{loaded.answer.problem}</p>}
      {loaded.state === 'ok' && loaded.answer.available && (
        <>
          <p style={{ margin: 0 }}>
            {loaded.answer.running ? `Ein Build läuft gerade (Schritt „${loaded.answer.running.step}“).` : 'Gerade läuft kein Build.'}
            {loaded.answer.lastFailure && (!loaded.answer.lastSuccess || loaded.answer.lastFailure.at > loaded.answer.lastSuccess.finishedAt)
              ? ` Der letzte Build ist beim Schritt „${loaded.answer.lastFailure.step}“ fehlgeschlagen; die Website zeigt weiter den vorherigen Stand.`
              : ''}
          </p>
          <Quarantine status={loaded.answer} />
        </>
      )}
      <p style={{ margin: 0 }}>
        <a href={BUILD_STATUS_URL} target="_blank" rel="noopener noreferrer">
          Veröffentlichungsstatus öffnen (läuft ein Build, welches Release ist live, letzter Fehler mit Grund)
        </a>
      </p>
    </div>
  );
}
