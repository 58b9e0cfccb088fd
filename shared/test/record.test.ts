import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CSV_HEADER,
  GENESIS_HASH,
  anchorLine,
  parseAnchorLines,
  canonicalEntry,
  chainEntry,
  csvCell,
  entryFromRow,
  entryHash,
  entryToRow,
  importFileName,
  importHeaderValue,
  parseAnchor,
  recordCsv,
  verifyChain,
  type RecordEntry,
  type RecordFields,
} from '../src/rules/record.ts';

const fields = (over: Partial<RecordFields> = {}): RecordFields => ({
  at: '2026-12-07T04:50:00.000Z',
  actorId: 7,
  actor: 'redaktion@example.org – Erika Muster',
  action: 'publish',
  contentType: 'api::page.page',
  documentId: 'abc123',
  locale: 'de,en',
  label: 'Bürgerbüro (buergerbuero)',
  organisation: 'org1',
  release: null,
  gates: null,
  ...over,
});

function chain(n: number): RecordEntry[] {
  const out: RecordEntry[] = [];
  for (let i = 0; i < n; i++) out.push(chainEntry(out.at(-1), fields({ documentId: `doc${i}`, at: `2026-12-07T04:5${i}:00.000Z` })));
  return out;
}

describe('hash chain', () => {
  it('hashes a fixed-order JSON array of every field and the previous hash (SHA-256, hex)', () => {
    const f = fields();
    const canonical = canonicalEntry(1, f, GENESIS_HASH);
    expect(JSON.parse(canonical)).toEqual([
      'stadtportal-record-v1',
      1,
      f.at,
      7,
      f.actor,
      'publish',
      'api::page.page',
      'abc123',
      'de,en',
      f.label,
      'org1',
      null,
      null,
      GENESIS_HASH,
    ]);
    expect(entryHash(1, f, GENESIS_HASH)).toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('does not depend on the order the fields were written in', () => {
    const f = fields();
    const reversed = Object.fromEntries(Object.entries(f).reverse()) as unknown as RecordFields;
    expect(entryHash(3, reversed, 'x'.repeat(64))).toBe(entryHash(3, f, 'x'.repeat(64)));
  });

  it('tells null from an empty text, and each field from its neighbour', () => {
    expect(entryHash(1, fields({ release: null }), GENESIS_HASH)).not.toBe(entryHash(1, fields({ release: '' }), GENESIS_HASH));
    // Moving text across a field border changes the hash (no plain concatenation).
    expect(entryHash(1, fields({ locale: 'de', label: 'X' }), GENESIS_HASH)).not.toBe(entryHash(1, fields({ locale: 'deX', label: '' }), GENESIS_HASH));
  });

  it('links each entry to the one before; the first to the genesis hash', () => {
    const c = chain(3);
    expect(c.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(c[0]?.prevHash).toBe(GENESIS_HASH);
    expect(c[1]?.prevHash).toBe(c[0]?.hash);
    expect(c[2]?.prevHash).toBe(c[1]?.hash);
  });

  it('verifies an intact chain (in any order read) and an empty one', () => {
    const c = chain(4);
    expect(verifyChain([...c].reverse())).toEqual({ ok: true, count: 4, lastHash: c[3]?.hash });
    expect(verifyChain([])).toEqual({ ok: true, count: 0, lastHash: GENESIS_HASH });
  });

  it('names the edited entry when a field of a past entry is changed', () => {
    const c = chain(4);
    const forged = c.map((e) => (e.seq === 2 ? { ...e, actor: 'jemand-anders@example.org' } : e));
    expect(verifyChain(forged)).toMatchObject({ ok: false, seq: 2, message: expect.stringMatching(/^Eintrag 2: Prüfsumme passt nicht/) });
  });

  it('names the next entry when an edited entry got a recomputed hash', () => {
    const c = chain(4);
    const forged = c.map((e) => (e.seq === 2 ? { ...e, label: 'Anders', hash: entryHash(2, { ...e, label: 'Anders' }, e.prevHash) } : e));
    expect(verifyChain(forged)).toMatchObject({ ok: false, seq: 3, message: expect.stringMatching(/Eintrag 2 wurde verändert/) });
  });

  it('notices a deleted entry in the middle and the first entry deleted', () => {
    const c = chain(4);
    expect(verifyChain(c.filter((e) => e.seq !== 3))).toMatchObject({ ok: false, seq: 4, message: expect.stringMatching(/Eintrag 3 fehlt/) });
    expect(verifyChain(c.slice(1))).toMatchObject({ ok: false, seq: 2 });
  });

  it('notices an entry deleted and the rest renumbered (the link no longer fits)', () => {
    const c = chain(4);
    const renumbered = c.filter((e) => e.seq !== 2).map((e, i) => ({ ...e, seq: i + 1 }));
    expect(verifyChain(renumbered)).toMatchObject({ ok: false, seq: 2 });
  });

  it('with an anchor kept from an earlier check: notices entries cut off and a rewritten chain', () => {
    const c = chain(4);
    const third = c[2];
    if (!third) throw new Error('no entry');
    const anchor = { seq: 3, hash: third.hash };
    expect(verifyChain(c, anchor)).toMatchObject({ ok: true, count: 4 });
    // Cut off after entry 2: the chain alone is fine, the anchor is not.
    expect(verifyChain(c.slice(0, 2))).toMatchObject({ ok: true });
    expect(verifyChain(c.slice(0, 2), anchor)).toMatchObject({ ok: false, seq: 3, message: expect.stringMatching(/Einträge am Ende wurden entfernt/) });
    // Entry 2 edited and everything after it re-hashed: a consistent chain, but not the anchored one.
    const rewritten: RecordEntry[] = [];
    for (const e of c) rewritten.push(chainEntry(rewritten.at(-1), e.seq === 2 ? { ...e, actor: 'jemand-anders' } : e));
    expect(verifyChain(rewritten)).toMatchObject({ ok: true });
    expect(verifyChain(rewritten, anchor)).toMatchObject({ ok: false, seq: 3, message: expect.stringMatching(/neu geschrieben/) });
  });

  it('holds the chain to every anchor of the runner’s anchor file, and names the first that does not fit', () => {
    const c = chain(5);
    const file = c.map((e) => anchorLine({ seq: e.seq, hash: e.hash }, e.at, e.action)).join('');
    const { anchors, problems } = parseAnchorLines(`${file}\n`);
    expect(problems).toEqual([]);
    expect(anchors.map((a) => a.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(verifyChain(c, anchors)).toMatchObject({ ok: true, count: 5 });
    // The newest two entries cut off: entry 4 is pinned, so it is named.
    expect(verifyChain(c.slice(0, 3), anchors)).toMatchObject({ ok: false, seq: 4, message: expect.stringMatching(/Einträge am Ende wurden entfernt/) });
    expect(parseAnchorLines(`${file}12 kein Anker\n`).problems).toEqual(['Zeile 6: kein Anker <Nr>:<Hash>']);
  });

  it('reads an anchor as printed (<Nr>:<Hash>) and nothing else', () => {
    const hash = 'a'.repeat(64);
    expect(parseAnchor(`12:${hash}`)).toEqual({ seq: 12, hash });
    expect(parseAnchor(`0:${hash}`)).toBeNull();
    expect(parseAnchor(`12:${hash.slice(1)}`)).toBeNull();
    expect(parseAnchor('12')).toBeNull();
  });

  it('round-trips through the stored row (PostgreSQL integers as strings too)', () => {
    const [e] = chain(1);
    if (!e) throw new Error('no entry');
    expect(entryFromRow(entryToRow(e))).toEqual(e);
    expect(entryFromRow({ ...entryToRow(e), seq: '1', actor_id: '7' })).toEqual(e);
  });
});

describe('CSV', () => {
  it('neutralises cells a spreadsheet would read as a formula', () => {
    expect(csvCell('=HYPERLINK("http://böse.example","Klick")')).toBe(`"'=HYPERLINK(""http://böse.example"",""Klick"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('Bürgerbüro = Rathaus')).toBe('Bürgerbüro = Rathaus');
  });

  it('quotes separators, quotes and line breaks; null is empty', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('Das „neue“ "Amt"')).toBe('"Das „neue“ ""Amt"""');
    expect(csvCell('Zeile\nzwei')).toBe('"Zeile\nzwei"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12)).toBe('12');
  });

  it('writes a German header line and one line per entry, with a BOM and CRLF', () => {
    const c = chain(2);
    const csv = recordCsv(c);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(';'));
    expect(lines[0]).toContain('Handelnde Person');
    expect(lines[1]).toContain(';Veröffentlicht;');
    expect(lines[2]?.endsWith(c[1]?.hash ?? '-')).toBe(true);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });
});

describe('the redirect import header', () => {
  it('carries a file name with umlauts and spaces through the Latin-1 header and back', () => {
    for (const name of ['weiterleitungen.csv', 'Alte Adressen (Büro) 2026-12.csv', '_export.csv', 'Straßenverzeichnis Ő.csv']) {
      const value = importHeaderValue(name);
      expect(value).toMatch(/^[\x21-\x7e]+$/);
      expect(importFileName(value)).toBe(name);
    }
  });

  it('refuses markup, formula starts, paths, control characters, broken encoding and overlong names', () => {
    for (const name of [
      '<script>alert(1)</script>.csv',
      '=HYPERLINK("x").csv',
      '-rf.csv',
      '../etc/passwd',
      'a/b.csv',
      'zeile\numbruch.csv',
      '',
      'x'.repeat(121),
    ]) {
      expect(importFileName(importHeaderValue(name)), name).toBeNull();
    }
    expect(importFileName('%E0%A4%A')).toBeNull();
  });
});
