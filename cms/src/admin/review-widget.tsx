/*
 * Homepage widget „Zu prüfen“ (issue 20, docs/adr/0022-review-dates-and-owners.md): per
 * organisation the content that is overdue for review, due within 30 days, or rated poorly by
 * citizens — with owner, date, reason, a link to the edit view and „Bestätigen“ (still correct: the
 * date moves a year on). The route applies the organisation rule (src/review). Titles and owners
 * are editors' input and shown as text: React escapes them, nothing is rendered as HTML.
 */
import { forwardRef, useCallback, useEffect, useState, type SVGProps } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ReviewItem } from '../review';
import { cell, errorMessage, HeaderRow, type Loaded as LoadState } from './ui';

interface ListAnswer {
  data: { heute: string; baldTage: number; organisationen: { organisation: { documentId: string; name: string } | null; items: ReviewItem[] }[] };
}

/** A calendar with a tick (Strapi's icon set is not a dependency of this app). */
export const ReviewIcon = forwardRef<SVGSVGElement, SVGProps<SVGSVGElement>>(function ReviewIcon(props, ref) {
  return (
    <svg ref={ref} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="1em" height="1em" fill="currentColor" aria-hidden="true" {...props}>
      <path d="M9 3h2v3h10V3h2v3h4a2 2 0 0 1 2 2v19a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4V3ZM5 12v15h22V12H5Zm9.5 12.4-4.2-4.2 1.4-1.4 2.8 2.8 6.8-6.8 1.4 1.4-8.2 8.2Z" />
    </svg>
  );
});

type Loaded = LoadState<ListAnswer['data']>;

export function ReviewWidget() {
  const { get, post } = useFetchClient();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [notice, setNotice] = useState('');

  const load = useCallback(
    () =>
      get<ListAnswer>('/stadtportal/pruefung').then(
        (res) => setLoaded({ state: 'ok', answer: res.data.data }),
        (err: unknown) => setLoaded({ state: 'error', message: errorMessage(err) }),
      ),
    [get],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const confirm = (item: ReviewItem) => {
    post<{ data: { pruefenBisAnzeige: string } }>('/stadtportal/pruefung/bestaetigen', { uid: item.uid, documentId: item.documentId }).then(
      (res) => {
        setNotice(`„${item.titel}“ bestätigt: zu prüfen bis ${res.data.data.pruefenBisAnzeige}.`);
        void load();
      },
      (err: unknown) => setNotice(`„${item.titel}“ nicht bestätigt: ${errorMessage(err)}`),
    );
  };

  if (loaded.state === 'loading') return <p style={{ margin: 0, fontSize: '1.4rem' }}>Liste „Zu prüfen“ wird geladen …</p>;
  if (loaded.state === 'error') return <p style={{ margin: 0, fontSize: '1.4rem' }}>Liste „Zu prüfen“ nicht abrufbar: {loaded.message}</p>;
  const { baldTage, organisationen } = loaded.answer;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '0.75rem', fontSize: '1.4rem', lineHeight: 1.5 }}>
      <p style={{ margin: 0 }}>
        Inhalte, deren Prüfdatum überschritten ist oder in den nächsten {baldTage} Tagen erreicht wird, und Seiten, die Bürgerinnen und Bürger schlecht
        bewerten. „Bestätigen“: Der Inhalt stimmt noch – das Prüfdatum gilt dann ein Jahr später.
      </p>
      <p role="status" style={{ margin: 0 }}>
        {notice}
      </p>
      {organisationen.length === 0 ? (
        <p style={{ margin: 0 }}>Nichts zu prüfen.</p>
      ) : (
        organisationen.map((group) => (
          <section key={group.organisation?.documentId ?? 'ohne'}>
            <h3 style={{ margin: '0 0 0.25rem', fontSize: '1.4rem' }}>{group.organisation?.name ?? 'Ohne Organisation'}</h3>
            <table style={{ borderCollapse: 'collapse', fontSize: '1.3rem' }}>
              <thead>
                <HeaderRow names={['Inhalt', 'Verantwortlich', 'Prüfen bis', 'Grund', 'Aktion']} />
              </thead>
              <tbody>
                {group.items.map((item) => (
                  <tr key={`${item.uid}-${item.documentId}`}>
                    <td style={cell}>
                      {item.typ}: <a href={item.bearbeiten}>{item.titel}</a>
                    </td>
                    <td style={cell}>{item.verantwortlich ?? '–'}</td>
                    <td style={cell}>{item.pruefenBisAnzeige ?? '–'}</td>
                    <td style={cell}>{item.status === 'ueberfaellig' ? <strong>{item.gruende.join('; ')}</strong> : item.gruende.join('; ')}</td>
                    <td style={cell}>
                      <button type="button" onClick={() => confirm(item)}>
                        Bestätigen<span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>: {item.titel}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))
      )}
    </div>
  );
}
