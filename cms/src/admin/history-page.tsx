/*
 * Admin page „Versionsgeschichte“ (docs/adr/0023-version-history.md): the published versions of one
 * entry (uid, documentId, locale from the address — the edit view's side panel links here), two of
 * them side by side, and „Als Entwurf wiederherstellen“ with a confirmation. The routes apply login
 * and the organisation rule (src/history). Everything an editor wrote is shown as text: React
 * escapes it, nothing is rendered as HTML. Removed and added words are marked by <del>/<ins> and,
 * because screen readers mostly do not announce those, by hidden text as well — never by colour alone.
 */
import { useCallback, useEffect, useState, type CSSProperties, type FormEvent } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { cell as tableCell, errorMessage, HeaderRow } from './ui';

interface Version {
  id: number;
  uid: string;
  documentId: string;
  locale: string | null;
  hash: string;
  publishedAt: string;
  actor: string;
  release: string | null;
}
interface DiffPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}
interface FieldDiff {
  field: string;
  label: string;
  change: 'changed' | 'added' | 'removed';
  parts: DiffPart[];
}

const germanTime = (iso: string) =>
  new Date(iso).toLocaleString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

const CHANGE: Record<FieldDiff['change'], string> = { changed: 'geändert', added: 'hinzugefügt', removed: 'entfernt' };

const hidden: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };
// Roomier than the widgets' cells, and line breaks of the versions' texts kept.
const cell: CSSProperties = { ...tableCell, padding: '0.4rem', whiteSpace: 'pre-wrap' };
const del: CSSProperties = { background: '#fdd', textDecoration: 'line-through' };
const ins: CSSProperties = { background: '#dfd', textDecoration: 'underline' };

/** One side of a field: the words this side has (unchanged + removed on the left, unchanged + added on the right). */
function Side({ parts, side }: { parts: DiffPart[]; side: 'left' | 'right' }) {
  return (
    <>
      {parts.map((p, i) => {
        if (p.op === 'same') return <span key={i}>{p.text}</span>;
        if (side === 'left' && p.op === 'removed')
          return (
            <del key={i} style={del}>
              <span style={hidden}>[entfernt: </span>
              {p.text}
              <span style={hidden}>]</span>
            </del>
          );
        if (side === 'right' && p.op === 'added')
          return (
            <ins key={i} style={ins}>
              <span style={hidden}>[hinzugefügt: </span>
              {p.text}
              <span style={hidden}>]</span>
            </ins>
          );
        return null;
      })}
    </>
  );
}

function readAddress(): { uid: string; documentId: string; locale: string } {
  const q = new URLSearchParams(window.location.search);
  return { uid: q.get('uid') ?? '', documentId: q.get('documentId') ?? '', locale: q.get('locale') ?? '' };
}

export default function HistoryPage() {
  const { get, post } = useFetchClient();
  const [target, setTarget] = useState(readAddress);
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [left, setLeft] = useState<number | null>(null);
  const [right, setRight] = useState<number | null>(null);
  const [fields, setFields] = useState<FieldDiff[] | null>(null);
  const [message, setMessage] = useState('');
  const [restored, setRestored] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (target.uid === '' || target.documentId === '') return;
    setMessage('');
    try {
      const q = new URLSearchParams({ uid: target.uid, documentId: target.documentId, ...(target.locale === '' ? {} : { locale: target.locale }) });
      const res = await get<{ data: Version[] }>(`/stadtportal/history/versions?${q.toString()}`);
      const list = res.data.data;
      setVersions(list);
      setRight(list[0]?.id ?? null);
      setLeft(list[1]?.id ?? list[0]?.id ?? null);
    } catch (err) {
      setVersions(null);
      setMessage(`Versionen nicht abrufbar: ${errorMessage(err)}`);
    }
  }, [get, target]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (left === null || right === null) {
      setFields(null);
      return;
    }
    let active = true;
    get<{ data: { fields: FieldDiff[] } }>(`/stadtportal/history/diff?from=${left}&to=${right}`).then(
      (res) => active && setFields(res.data.data.fields),
      (err: unknown) => active && setMessage(`Vergleich nicht abrufbar: ${errorMessage(err)}`),
    );
    return () => {
      active = false;
    };
  }, [get, left, right]);

  const restore = async (v: Version) => {
    const ok = window.confirm(
      `Die Fassung vom ${germanTime(v.publishedAt)} als Entwurf wiederherstellen? Der aktuelle Entwurf wird damit überschrieben; die veröffentlichte Fassung bleibt, bis jemand veröffentlicht.`,
    );
    if (!ok) return;
    try {
      const res = await post<{ data: { editPath: string } }>('/stadtportal/history/restore', { version: v.id });
      setRestored(res.data.data.editPath);
      setMessage(`Die Fassung vom ${germanTime(v.publishedAt)} ist jetzt der Entwurf.`);
    } catch (err) {
      setMessage(`Wiederherstellen nicht möglich: ${errorMessage(err)}`);
    }
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setTarget({ uid: text('uid'), documentId: text('documentId'), locale: text('locale') });
  };

  const byId = (id: number | null) => versions?.find((v) => v.id === id);
  const describe = (v: Version | undefined) => (v === undefined ? '–' : `${germanTime(v.publishedAt)} (${v.actor})`);

  return (
    <main style={{ padding: '2.5rem 3.5rem', fontSize: '1.4rem', lineHeight: 1.5, display: 'flex', flexDirection: 'column', gap: '1.5rem' }}>
      <h1 style={{ fontSize: '2.4rem', fontWeight: 600 }}>Versionsgeschichte</h1>
      <p>Jede veröffentlichte Fassung eines Eintrags. Am einfachsten öffnen Sie diese Seite über „Versionsgeschichte“ in der Seitenleiste eines Eintrags.</p>
      <form onSubmit={submit} style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'end' }}>
        <label>
          Inhaltstyp (z. B. api::page.page)
          <br />
          <input name="uid" defaultValue={target.uid} required />
        </label>
        <label>
          Dokument-ID
          <br />
          <input name="documentId" defaultValue={target.documentId} required />
        </label>
        <label>
          Sprache (z. B. de)
          <br />
          <input name="locale" defaultValue={target.locale} />
        </label>
        <button type="submit">Anzeigen</button>
      </form>
      <p role="status">
        {message}
        {restored !== null && (
          <>
            {' '}
            <a href={restored}>Zum Entwurf</a>
          </>
        )}
      </p>
      {versions !== null && versions.length === 0 && <p>Von diesem Eintrag gibt es noch keine veröffentlichte Fassung.</p>}
      {versions !== null && versions.length > 0 && (
        <table style={{ borderCollapse: 'collapse' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>Veröffentlichte Fassungen, neueste zuerst</caption>
          <thead>
            <HeaderRow names={['Veröffentlicht', 'Von', 'Release', 'Links', 'Rechts', 'Aktion']} style={cell} />
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <td style={cell}>{germanTime(v.publishedAt)}</td>
                <td style={cell}>{v.actor}</td>
                <td style={cell}>{v.release === null ? 'noch in keinem Release' : `spätestens mit ${v.release}`}</td>
                <td style={cell}>
                  <input
                    type="radio"
                    name="left"
                    checked={left === v.id}
                    onChange={() => setLeft(v.id)}
                    aria-label={`Fassung vom ${germanTime(v.publishedAt)} links zeigen`}
                  />
                </td>
                <td style={cell}>
                  <input
                    type="radio"
                    name="right"
                    checked={right === v.id}
                    onChange={() => setRight(v.id)}
                    aria-label={`Fassung vom ${germanTime(v.publishedAt)} rechts zeigen`}
                  />
                </td>
                <td style={cell}>
                  <button type="button" onClick={() => void restore(v)}>
                    Als Entwurf wiederherstellen
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {fields !== null && (
        <section aria-labelledby="vergleich">
          <h2 id="vergleich" style={{ fontSize: '1.8rem', fontWeight: 600 }}>
            Vergleich
          </h2>
          {fields.length === 0 ? (
            <p>Die beiden Fassungen sind gleich.</p>
          ) : (
            <table style={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' }}>
              <thead>
                <tr>
                  <th scope="col" style={{ ...cell, width: '16%' }}>
                    Feld
                  </th>
                  <th scope="col" style={cell}>
                    Links: {describe(byId(left))}
                  </th>
                  <th scope="col" style={cell}>
                    Rechts: {describe(byId(right))}
                  </th>
                </tr>
              </thead>
              <tbody>
                {fields.map((f) => (
                  <tr key={f.field}>
                    <th scope="row" style={cell}>
                      {f.label} ({CHANGE[f.change]})
                    </th>
                    <td style={cell}>
                      <Side parts={f.parts} side="left" />
                    </td>
                    <td style={cell}>
                      <Side parts={f.parts} side="right" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </main>
  );
}
