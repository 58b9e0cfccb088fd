import { createHash } from 'node:crypto';

/*
 * The publication record (Veröffentlichungsprotokoll): an append-only chain of entries, each
 * carrying the hash of the one before. One module for both sides: the CMS computes the hashes when
 * it appends (cms/src/publication-record), `pnpm record:verify` recomputes them from the database
 * (scripts/record/verify.ts) — if the two computed differently, every entry would look forged.
 *
 * Not exported from ./index.ts (the site's rules): node:crypto has no place in a browser bundle.
 */

/**
 * What happened. `release-live`/`rollback`/`alert` are written by operators' tools, not by editors;
 * `restore` only by `pnpm restore` itself, straight into the database (no route accepts it).
 */
export const RECORD_ACTIONS = ['publish', 'unpublish', 'delete', 'discard-draft', 'redirect-import', 'release-live', 'rollback', 'alert', 'restore'] as const;
export type RecordAction = (typeof RECORD_ACTIONS)[number];

/** German names of the actions, for the CSV and the admin view. */
export const RECORD_ACTION_LABELS: Record<RecordAction, string> = {
  publish: 'Veröffentlicht',
  unpublish: 'Zurückgezogen',
  delete: 'Gelöscht',
  'discard-draft': 'Entwurf verworfen',
  'redirect-import': 'Weiterleitungen importiert',
  'release-live': 'Release live',
  rollback: 'Rollback',
  alert: 'Warnmeldung',
  restore: 'Sicherung wiederhergestellt',
};

/**
 * `pnpm redirects:import` sends this header with each write, carrying the CSV file's name
 * (URI-encoded: a header is Latin-1 only), so the CMS records the write as „Weiterleitungen
 * importiert“ from that file.
 */
export const REDIRECT_IMPORT_HEADER = 'x-stadtportal-import';

/** A file name as the record shows it: letters, digits and `._ ()-`, no markup, no formula start. */
const IMPORT_FILE = /^[\p{L}\p{N}_(][\p{L}\p{N}._ ()-]{0,119}$/u;

/** The header's value for a file name. */
export const importHeaderValue = (fileName: string): string => encodeURIComponent(fileName);

/** The file name from the header's value; null when it does not decode to a name of the grammar. */
export function importFileName(headerValue: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(headerValue);
  } catch {
    // Broken %-encoding: not a name we can show.
    return null;
  }
  return IMPORT_FILE.test(name) ? name : null;
}

/** The fields of an entry that its hash covers, apart from the sequence number and the links. */
export interface RecordFields {
  /** ISO 8601 in UTC (`2026-12-07T04:50:00.000Z`). */
  at: string;
  /** The admin user's id; null for „System“ or „Build-Runner“. */
  actorId: number | null;
  /** E-mail address and name of the admin user, or „System“ / „Build-Runner“. */
  actor: string;
  action: RecordAction;
  /** Content type UID (api::page.page); null for entries about no document (a rollback). */
  contentType: string | null;
  documentId: string | null;
  /** The locales concerned, comma-separated (`de,en`); null when the type has none. */
  locale: string | null;
  /** Title or name, and slug where the type has one (`Bürgerbüro (buergerbuero)`). */
  label: string | null;
  /** documentId of the organisation the content belongs to. */
  organisation: string | null;
  /** The release (scripts/publish/releases.ts) the entry concerns. */
  release: string | null;
  /** Gate results as JSON text (kept as text: its bytes are what was hashed). */
  gates: string | null;
}

export interface RecordEntry extends RecordFields {
  /** 1, 2, 3, …: without gaps, so that a deleted entry shows as a gap. */
  seq: number;
  prevHash: string;
  hash: string;
}

/** The „previous hash“ of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The bytes that are hashed: a JSON array in a fixed field order (not an object: key order would
 * then depend on who built it), the previous hash included — that is the chain.
 */
export function canonicalEntry(seq: number, fields: RecordFields, prevHash: string): string {
  return JSON.stringify([
    'stadtportal-record-v1',
    seq,
    fields.at,
    fields.actorId,
    fields.actor,
    fields.action,
    fields.contentType,
    fields.documentId,
    fields.locale,
    fields.label,
    fields.organisation,
    fields.release,
    fields.gates,
    prevHash,
  ]);
}

export function entryHash(seq: number, fields: RecordFields, prevHash: string): string {
  return createHash('sha256')
    .update(canonicalEntry(seq, fields, prevHash), 'utf8')
    .digest('hex');
}

/** The next entry after `last` (undefined: the record is empty). */
export function chainEntry(last: Pick<RecordEntry, 'seq' | 'hash'> | undefined, fields: RecordFields): RecordEntry {
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  return { ...fields, seq, prevHash, hash: entryHash(seq, fields, prevHash) };
}

export type ChainCheck = { ok: true; count: number; lastHash: string } | { ok: false; seq: number; message: string };

/**
 * Recomputes the chain over all entries (any order; sorted here). The first entry that does not
 * fit is named: a changed field (its hash), a deleted entry (a gap in the numbers, or the next
 * entry's link), a changed hash (the next entry's link). What it cannot see alone: entries cut
 * off at the end, or a chain rewritten from the changed entry on — see `anchor` below.
 */
export interface RecordAnchor {
  seq: number;
  hash: string;
}

/**
 * The build runner's anchor file (`<PUBLISH_DIR>/record-anchors.txt`): one line per event it
 * recorded, `<Nr>:<Hash> <time> <action>`, appended. Outside the CMS database, so the record as it
 * was at each release is pinned where the database's owner does not write.
 */
export const RECORD_ANCHORS_FILE = 'record-anchors.txt';

export const anchorLine = (anchor: RecordAnchor, at: string, action: RecordAction): string => `${anchor.seq}:${anchor.hash} ${at} ${action}\n`;

/** The anchors of an anchor file; a line that does not start with one names its number. */
export function parseAnchorLines(text: string): { anchors: RecordAnchor[]; problems: string[] } {
  const anchors: RecordAnchor[] = [];
  const problems: string[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const anchor = parseAnchor(line.trim().split(/\s+/)[0] ?? '');
    if (anchor === null) problems.push(`Zeile ${i + 1}: kein Anker <Nr>:<Hash>`);
    else anchors.push(anchor);
  }
  return { anchors, problems };
}

/** `<Nr>:<Hash>` as printed by an earlier `pnpm record:verify` (its last entry); null if malformed. */
export function parseAnchor(text: string): RecordAnchor | null {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  return m?.[1] !== undefined && m[2] !== undefined && Number(m[1]) >= 1 ? { seq: Number(m[1]), hash: m[2] } : null;
}

/**
 * With anchors (numbers and hashes kept elsewhere: an earlier check's, the runner's anchor file),
 * also what the chain alone cannot see: entries cut off at the end, and a chain rewritten from an
 * earlier entry on.
 */
export function verifyChain(entries: readonly RecordEntry[], anchors: RecordAnchor | readonly RecordAnchor[] = []): ChainCheck {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  let prev: RecordEntry | undefined;
  for (const e of sorted) {
    const expectedSeq = (prev?.seq ?? 0) + 1;
    if (e.seq !== expectedSeq) {
      return { ok: false, seq: e.seq, message: `Eintrag ${e.seq}: Lücke in der Nummerierung – Eintrag ${expectedSeq} fehlt (gelöscht?).` };
    }
    const expectedPrev = prev?.hash ?? GENESIS_HASH;
    if (e.prevHash !== expectedPrev) {
      return {
        ok: false,
        seq: e.seq,
        message: `Eintrag ${e.seq}: Verweis auf den vorigen Eintrag passt nicht – Eintrag ${expectedSeq - 1} wurde verändert oder ersetzt.`,
      };
    }
    if (e.hash !== entryHash(e.seq, e, e.prevHash)) {
      return { ok: false, seq: e.seq, message: `Eintrag ${e.seq}: Prüfsumme passt nicht zum Inhalt – der Eintrag wurde nachträglich verändert.` };
    }
    prev = e;
  }
  const bySeq = new Map(sorted.map((e) => [e.seq, e]));
  for (const anchor of 'seq' in anchors ? [anchors] : anchors) {
    const anchored = bySeq.get(anchor.seq);
    if (anchored === undefined) {
      return {
        ok: false,
        seq: anchor.seq,
        message: `Eintrag ${anchor.seq}: fehlt, das Protokoll endet bei ${sorted.length} – Einträge am Ende wurden entfernt.`,
      };
    }
    if (anchored.hash !== anchor.hash) {
      return {
        ok: false,
        seq: anchor.seq,
        message: `Eintrag ${anchor.seq}: Hash weicht vom aufbewahrten Anker ab – die Kette wurde bis hierher neu geschrieben.`,
      };
    }
  }
  return { ok: true, count: sorted.length, lastHash: prev?.hash ?? GENESIS_HASH };
}

/**
 * One CSV cell: quoted when it holds a separator, quote or line break; and a cell that starts
 * with = + - @ (or a tab / carriage return, which some programs skip first) gets a leading
 * apostrophe, so a spreadsheet shows an editor's title „=HYPERLINK(…)“ as text, not as a formula.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const CSV_HEADER = [
  'Nr.',
  'Zeitpunkt (UTC)',
  'Benutzer-ID',
  'Handelnde Person',
  'Aktion',
  'Inhaltstyp',
  'Dokument-ID',
  'Sprachen',
  'Titel',
  'Organisation',
  'Release',
  'Gate-Ergebnisse',
  'Vorheriger Hash',
  'Hash',
] as const;

/**
 * The record as CSV for a spreadsheet: semicolons (what German Excel expects), CRLF line ends, a
 * byte order mark so umlauts are read as UTF-8.
 */
export function recordCsv(entries: readonly RecordEntry[]): string {
  const lines = [CSV_HEADER.map(csvCell).join(';')];
  for (const e of entries) {
    lines.push(
      [
        e.seq,
        e.at,
        e.actorId,
        e.actor,
        (RECORD_ACTION_LABELS as Partial<Record<string, string>>)[e.action] ?? e.action,
        e.contentType,
        e.documentId,
        e.locale,
        e.label,
        e.organisation,
        e.release,
        e.gates,
        e.prevHash,
        e.hash,
      ]
        .map(csvCell)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const isRecordAction = (v: unknown): v is RecordAction => typeof v === 'string' && (RECORD_ACTIONS as readonly string[]).includes(v);

/** The database table (created by the CMS at bootstrap, read by `pnpm record:verify`). */
export const RECORD_TABLE = 'stadtportal_publication_record';

const TRIGGER_MESSAGE = 'Veröffentlichungsprotokoll: Einträge werden nur angehängt, nie geändert oder gelöscht.';

/**
 * The table and its append-only triggers, as SQL statements to run in order (idempotent). One text
 * for the CMS (bootstrap) and `pnpm restore` (which may have to create the table on a database the
 * CMS never started on). Raw DDL rather than a schema builder: the same text types on both
 * databases, and the sequence number is ours (no auto-increment: it is part of what is hashed).
 * The triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL) as a second line against a
 * mistake, not against someone who holds the database: they drop the trigger — that is what
 * `pnpm record:verify` is for.
 */
export function recordTableSql(client: 'sqlite' | 'postgres'): string[] {
  const create = `CREATE TABLE IF NOT EXISTS ${RECORD_TABLE} (
      seq integer PRIMARY KEY,
      at varchar(40) NOT NULL,
      actor_id integer NULL,
      actor text NOT NULL,
      action varchar(40) NOT NULL,
      content_type varchar(255) NULL,
      document_id varchar(255) NULL,
      locale varchar(255) NULL,
      label text NULL,
      organisation varchar(255) NULL,
      release_id varchar(255) NULL,
      gates text NULL,
      prev_hash char(64) NOT NULL,
      hash char(64) NOT NULL
    )`;
  if (client === 'postgres') {
    return [
      create,
      `CREATE OR REPLACE FUNCTION ${RECORD_TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '${TRIGGER_MESSAGE}'; END $$`,
      `DROP TRIGGER IF EXISTS ${RECORD_TABLE}_append_only ON ${RECORD_TABLE}`,
      `CREATE TRIGGER ${RECORD_TABLE}_append_only BEFORE UPDATE OR DELETE ON ${RECORD_TABLE} FOR EACH ROW EXECUTE FUNCTION ${RECORD_TABLE}_append_only()`,
      `DROP TRIGGER IF EXISTS ${RECORD_TABLE}_no_truncate ON ${RECORD_TABLE}`,
      `CREATE TRIGGER ${RECORD_TABLE}_no_truncate BEFORE TRUNCATE ON ${RECORD_TABLE} FOR EACH STATEMENT EXECUTE FUNCTION ${RECORD_TABLE}_append_only()`,
    ];
  }
  return [
    create,
    ...['UPDATE', 'DELETE'].map(
      (op) =>
        `CREATE TRIGGER IF NOT EXISTS ${RECORD_TABLE}_no_${op.toLowerCase()} BEFORE ${op} ON ${RECORD_TABLE} BEGIN SELECT RAISE(ABORT, '${TRIGGER_MESSAGE}'); END`,
    ),
  ];
}

/** A row as stored: snake_case columns; PostgreSQL may hand integers back as strings. */
export interface RecordRow {
  seq: number | string;
  at: string;
  actor_id: number | string | null;
  actor: string;
  action: string;
  content_type: string | null;
  document_id: string | null;
  locale: string | null;
  label: string | null;
  organisation: string | null;
  release_id: string | null;
  gates: string | null;
  prev_hash: string;
  hash: string;
}

export const entryToRow = (e: RecordEntry): RecordRow => ({
  seq: e.seq,
  at: e.at,
  actor_id: e.actorId,
  actor: e.actor,
  action: e.action,
  content_type: e.contentType,
  document_id: e.documentId,
  locale: e.locale,
  label: e.label,
  organisation: e.organisation,
  release_id: e.release,
  gates: e.gates,
  prev_hash: e.prevHash,
  hash: e.hash,
});

/**
 * A stored row back as an entry. An unknown action is kept as it is (typed as an action): the
 * hash check then decides — a row edited to an invented action fails it like any other edit.
 */
export const entryFromRow = (r: RecordRow): RecordEntry => ({
  seq: Number(r.seq),
  at: r.at,
  actorId: r.actor_id === null ? null : Number(r.actor_id),
  actor: r.actor,
  action: r.action as RecordAction,
  contentType: r.content_type,
  documentId: r.document_id,
  locale: r.locale,
  label: r.label,
  organisation: r.organisation,
  release: r.release_id,
  gates: r.gates,
  prevHash: r.prev_hash,
  hash: r.hash,
});

const HASH = /^[0-9a-f]{64}$/;
const nullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';
const TEXT_FIELDS = ['contentType', 'documentId', 'locale', 'label', 'organisation', 'release', 'gates'] as const;

/**
 * One entry as a backup file holds it (a JSON object per line, the entry's own field names), read
 * field by field: the file comes from outside the database. The types only — whether the entry is
 * genuine is the hash chain's question (verifyChain). A German reason when it is not an entry.
 */
export function parseRecordEntry(value: unknown): RecordEntry | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'kein JSON-Objekt' };
  const v = value as Record<string, unknown>;
  if (typeof v.seq !== 'number' || !Number.isInteger(v.seq) || v.seq < 1) return { problem: '„seq“ ist keine Nummer ≥ 1' };
  if (typeof v.at !== 'string' || typeof v.actor !== 'string') return { problem: '„at“ oder „actor“ fehlt' };
  if (!isRecordAction(v.action)) return { problem: `unbekannte Aktion „${String(v.action)}“` };
  if (v.actorId !== null && (typeof v.actorId !== 'number' || !Number.isInteger(v.actorId))) return { problem: '„actorId“ ist keine ganze Zahl' };
  const bad = TEXT_FIELDS.find((k) => !nullableString(v[k]));
  if (bad !== undefined) return { problem: `„${bad}“ ist weder Text noch null` };
  if (typeof v.prevHash !== 'string' || !HASH.test(v.prevHash) || typeof v.hash !== 'string' || !HASH.test(v.hash)) {
    return { problem: '„prevHash“ oder „hash“ ist kein SHA-256 in Hex' };
  }
  const text = (k: (typeof TEXT_FIELDS)[number]): string | null => {
    const t = v[k];
    return typeof t === 'string' ? t : null;
  };
  return {
    seq: v.seq,
    at: v.at,
    actorId: v.actorId,
    actor: v.actor,
    action: v.action,
    contentType: text('contentType'),
    documentId: text('documentId'),
    locale: text('locale'),
    label: text('label'),
    organisation: text('organisation'),
    release: text('release'),
    gates: text('gates'),
    prevHash: v.prevHash,
    hash: v.hash,
  };
}
