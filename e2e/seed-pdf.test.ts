import { describe, expect, it } from 'vitest';

/** What the test uses of cms/src/seed/pdf.ts. */
interface PdfSpec {
  title: string;
  subtitle?: string;
  sections: readonly { heading?: string; items: readonly string[]; bulleted?: boolean }[];
  footer?: readonly string[];
  author: string;
  date: string;
}
interface PdfModule {
  renderPdf(spec: PdfSpec): Uint8Array;
  pdfText(text: string): string;
  wrap(text: string, size: number, width: number): string[];
}
// Loaded by a path the type checker does not follow: the CMS is a CommonJS package, and this
// package's ESM type check (verbatimModuleSyntax) would reject its sources. Vitest runs it as is.
const PDF_MODULE = new URL('../cms/src/seed/pdf.ts', import.meta.url).href;
const { pdfText, renderPdf, wrap } = (await import(PDF_MODULE)) as PdfModule;

/*
 * The seed's PDF writer (cms/src/seed/pdf.ts; the CMS has no test runner of its own). A reader
 * locates every object through the cross-reference table, so the byte offsets must be exact;
 * the text must arrive in WinAnsi with the German characters intact.
 */

const SPEC: PdfSpec = {
  title: 'Amtsblatt der Stadt Aschersleben',
  subtitle: 'Nr. 11/2026 · 20. November 2026',
  sections: [{ heading: 'Inhalt', items: ['Satzung über Gebühren (Änderung) – „Straßenreinigung“', 'Sitzung des Stadtrates'], bulleted: true }],
  footer: ['Herausgeber: Stadt Aschersleben'],
  author: 'Stadt Aschersleben',
  date: '2026-11-20',
};

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('renderPdf', () => {
  const pdf = latin1(renderPdf(SPEC));

  it('is a PDF 1.4 file whose cross-reference table points at every object', () => {
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.endsWith('%%EOF\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref, startxref + 5)).toBe('xref\n');
    const table = /xref\n0 (\d+)\n([\s\S]*?)trailer/.exec(pdf.slice(startxref));
    const count = Number(table?.[1]);
    const entries = (table?.[2] ?? '').match(/.{20}/gs) ?? [];
    expect(entries).toHaveLength(count);
    expect(entries[0]).toBe('0000000000 65535 f\r\n');
    entries.slice(1).forEach((entry, i) => {
      expect(entry).toMatch(/^\d{10} 00000 n\r\n$/);
      const offset = Number(entry.slice(0, 10));
      expect(pdf.slice(offset, offset + `${i + 1} 0 obj`.length), `Objekt ${i + 1}`).toBe(`${i + 1} 0 obj`);
    });
    expect(pdf).toMatch(new RegExp(`trailer\\n<< /Size ${count} /Root 1 0 R /Info 5 0 R >>`));
  });

  it('gives every content stream its exact length', () => {
    const streams = [...pdf.matchAll(/<< \/Length (\d+) >>\nstream\n/g)];
    expect(streams.length).toBeGreaterThan(0);
    for (const m of streams) {
      const start = (m.index ?? 0) + m[0].length;
      expect(pdf.slice(start + Number(m[1]), start + Number(m[1]) + '\nendstream'.length)).toBe('\nendstream');
    }
  });

  it('uses the standard fonts in WinAnsiEncoding, declares German and shows the title', () => {
    expect(pdf).toContain('/BaseFont /Helvetica /Encoding /WinAnsiEncoding');
    expect(pdf).toContain('/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding');
    expect(pdf).toContain('/Lang (de-DE)');
    expect(pdf).toContain('/DisplayDocTitle true');
    // Info /Title as UTF-16BE with BOM: „Amt…“ = 0041 006D 0074.
    expect(pdf).toMatch(/\/Title <FEFF0041006D0074/);
    expect(pdf).toContain('(Amtsblatt der Stadt Aschersleben) Tj');
  });

  it('is the same file for the same input (the seed recognises it by its hash)', () => {
    expect(latin1(renderPdf(SPEC))).toBe(pdf);
    expect(latin1(renderPdf({ ...SPEC, date: '2026-11-21' }))).not.toBe(pdf);
  });

  it('flows onto further pages instead of running off the first', () => {
    const long = latin1(renderPdf({ ...SPEC, sections: [{ items: Array.from({ length: 120 }, (_, i) => `Punkt ${i + 1}`), bulleted: true }] }));
    const pages = Number(/\/Type \/Pages \/Kids \[[^\]]*\] \/Count (\d+)/.exec(long)?.[1]);
    expect(pages).toBeGreaterThan(1);
    // Every line starts inside the page's bottom margin (64 pt) and below its top.
    const ys = [...long.matchAll(/BT \/F[12] [\d.]+ Tf [\d.]+ (-?[\d.]+) Td/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(120 + 3);
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(64);
      expect(y).toBeLessThanOrEqual(842 - 64);
    }
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => renderPdf({ ...SPEC, date: '20.11.2026' })).toThrow(/JJJJ-MM-TT/);
  });
});

describe('pdfText', () => {
  it('writes umlauts, ß and German quotes as WinAnsi octal escapes, and escapes ( ) \\', () => {
    // ä E4, ß DF, „ 84, “ 93, – 96, € 80, · B7
    expect(pdfText('Gärten „Süd“ – 5 € · Maß')).toBe('(G\\344rten \\204S\\374d\\223 \\226 5 \\200 \\267 Ma\\337)');
    expect(pdfText('a (b) c\\d')).toBe('(a \\(b\\) c\\\\d)');
  });

  it('refuses a character WinAnsi cannot show instead of printing a wrong one', () => {
    expect(() => pdfText('Łódź')).toThrow(/U\+0141/);
    expect(() => pdfText('Zeile\nZeile')).toThrow(/U\+000A/);
  });
});

describe('wrap', () => {
  it('breaks at spaces within the estimated width and cuts a single over-long word', () => {
    const lines = wrap('Öffentliche Bekanntmachung über die Auslegung des Entwurfs des Bebauungsplans Nr. 64 „Wohngebiet Westdorfer Weg“', 11, 200);
    const max = Math.floor(200 / (11 * 0.55));
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(max);
    expect(lines.join(' ')).toBe('Öffentliche Bekanntmachung über die Auslegung des Entwurfs des Bebauungsplans Nr. 64 „Wohngebiet Westdorfer Weg“');
    expect(wrap('x'.repeat(70), 11, 200)).toEqual(['x'.repeat(max), 'x'.repeat(max), 'x'.repeat(70 - 2 * max)]);
  });
});
