/*
 * Homepage widget „Rückmeldungen zu Seiten“ (issue 17): what citizens said about the pages over the
 * last 90 days — per page the average clarity rating, the count, whether it is marked for review,
 * and the free texts. Editors of one organisation see their organisation's pages (the route
 * applies the organisation rule: src/feedback/overview.ts). Citizens' text is shown as text: React
 * escapes it, nothing is rendered as HTML.
 */
import { forwardRef, useEffect, useState, type SVGProps } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { PageSummary } from '../feedback/overview';
import { cell, errorMessage, type Loaded as LoadState } from './ui';

interface OverviewAnswer {
  data: { days: number; threshold: number; minRatings: number; pages: PageSummary[] };
}

/** A speech bubble (Strapi's icon set is not a dependency of this app). */
export const FeedbackIcon = forwardRef<SVGSVGElement, SVGProps<SVGSVGElement>>(function FeedbackIcon(props, ref) {
  return (
    <svg ref={ref} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="1em" height="1em" fill="currentColor" aria-hidden="true" {...props}>
      <path d="M5 5h22a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H13l-6 5v-5H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Zm1 3v12h4v3l3.6-3H26V8H6Z" />
    </svg>
  );
});

type Loaded = LoadState<OverviewAnswer['data']>;
const average = (n: number) => n.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

export function FeedbackWidget() {
  const { get } = useFetchClient();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let active = true;
    get<OverviewAnswer>('/stadtportal/rueckmeldungen/uebersicht').then(
      (res) => active && setLoaded({ state: 'ok', answer: res.data.data }),
      (err: unknown) => active && setLoaded({ state: 'error', message: errorMessage(err) }),
    );
    return () => {
      active = false;
    };
  }, [get]);

  if (loaded.state === 'loading') return <p style={{ margin: 0, fontSize: '1.4rem' }}>Rückmeldungen werden geladen …</p>;
  if (loaded.state === 'error') return <p style={{ margin: 0, fontSize: '1.4rem' }}>Rückmeldungen nicht abrufbar: {loaded.message}</p>;
  const { days, threshold, minRatings, pages } = loaded.answer;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '0.75rem', fontSize: '1.4rem', lineHeight: 1.5 }}>
      <p style={{ margin: 0 }}>
        Wie verständlich Bürgerinnen und Bürger Ihre Seiten in den letzten {days} Tagen fanden (1 = gar nicht, 5 = sehr gut). „Zu prüfen“: Durchschnitt unter{' '}
        {average(threshold)} bei mindestens {minRatings} Bewertungen.
      </p>
      {pages.length === 0 ? (
        <p style={{ margin: 0 }}>Noch keine Bewertungen.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', fontSize: '1.3rem' }}>
          <thead>
            <tr>
              <th scope="col" style={cell}>
                Seite
              </th>
              <th scope="col" style={cell}>
                Organisation
              </th>
              <th scope="col" style={cell}>
                Durchschnitt
              </th>
              <th scope="col" style={cell}>
                Anzahl
              </th>
              <th scope="col" style={cell}>
                Zu prüfen
              </th>
              <th scope="col" style={cell}>
                Hinweise
              </th>
            </tr>
          </thead>
          <tbody>
            {pages.map((p) => (
              <tr key={`${p.type}-${p.documentId}`}>
                <td style={cell}>
                  <code>{p.page}</code>
                </td>
                <td style={cell}>{p.organisation?.name ?? '–'}</td>
                <td style={cell}>{average(p.average)}</td>
                <td style={cell}>{p.count}</td>
                <td style={cell}>{p.zuPruefen ? <strong>Ja</strong> : 'Nein'}</td>
                <td style={cell}>
                  {p.texts.length === 0 ? (
                    '–'
                  ) : (
                    <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
                      {p.texts.slice(0, 5).map((t, i) => (
                        <li key={i} style={{ whiteSpace: 'pre-line' }}>
                          ({t.rating}) {t.text}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
