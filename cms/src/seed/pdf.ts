/*
 * A tiny PDF 1.4 writer for the demo documents (Amtsblatt issues, attachments of notices): the
 * seed creates them at seed time, so no binary files live in git. Text only, in the standard
 * fonts Helvetica and Helvetica-Bold (every reader has them, nothing is embedded) with
 * WinAnsiEncoding, which holds the German umlauts, ß, „…“ and –. The output is deterministic
 * (no timestamps of the run, no random ids): the same input gives the same bytes, so the seed
 * can recognise a document it uploaded before by its hash.
 *
 * The whole file is 7-bit ASCII (non-ASCII text bytes are written as octal escapes), so every
 * byte offset in the cross-reference table is simply a string length.
 */

export interface PdfSection {
  heading?: string;
  /** Paragraphs, or list items when `bulleted`. */
  items: readonly string[];
  bulleted?: boolean;
}

export interface PdfSpec {
  /** Big title on the first page, and the document title readers show (Info /Title). */
  title: string;
  /** One line below the title (e.g. „Nr. 11/2026 · 20. November 2026“). */
  subtitle?: string;
  sections: readonly PdfSection[];
  /** Small print at the end (publisher, note that this is demo content). */
  footer?: readonly string[];
  author: string;
  /** YYYY-MM-DD: Info /CreationDate, taken from the content so the bytes stay the same. */
  date: string;
  /** Document language (catalog /Lang), so a screen reader picks the right voice; default de-DE. */
  lang?: string;
}

const PAGE_WIDTH = 595; // A4 in points
const PAGE_HEIGHT = 842;
const MARGIN = 64;
const BODY_SIZE = 11;
const LEADING = 15;

/** CP1252 (WinAnsiEncoding) codes of the characters outside Latin-1 that German text uses. */
const WIN_ANSI_EXTRA: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
};

/** A string in WinAnsiEncoding as a PDF literal string: ASCII, escapes for ( ) \ and non-ASCII bytes. */
export function pdfText(text: string): string {
  let out = '(';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    let code: number;
    if (cp >= 0x20 && cp < 0x7f) code = cp;
    else if (cp >= 0xa0 && cp <= 0xff) code = cp;
    else if (WIN_ANSI_EXTRA[ch] !== undefined) code = WIN_ANSI_EXTRA[ch];
    // A silent „?“ would publish a wrong text in an official document: refuse instead.
    else throw new Error(`PDF: Zeichen „${ch}“ (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) ist in WinAnsi nicht darstellbar`);
    if (code === 0x28 || code === 0x29 || code === 0x5c) out += `\\${String.fromCharCode(code)}`;
    else if (code < 0x80) out += String.fromCharCode(code);
    else out += `\\${code.toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
}

/** Info strings (title, author) as UTF-16BE with byte order mark: readers show any character. */
function pdfUnicode(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/**
 * Greedy word wrap by an estimated width. Without font metrics we count characters: Helvetica's
 * average advance in German running text is about half the font size, 0.55 leaves room for wide
 * capitals, so a line never runs into the right margin.
 */
export function wrap(text: string, size: number, width: number): string[] {
  const max = Math.max(10, Math.floor(width / (size * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    // A single over-long word (a URL) is cut rather than left hanging over the margin.
    while (line.length > max) {
      lines.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

interface Line {
  text: string;
  font: 'F1' | 'F2';
  size: number;
  x: number;
  /** Space before this line, in points. */
  before: number;
}

function layout(spec: PdfSpec): Line[] {
  const width = PAGE_WIDTH - 2 * MARGIN;
  const lines: Line[] = [];
  const add = (text: string, font: Line['font'], size: number, before: number, indent = 0, bullet = false) => {
    wrap(text, size, width - indent).forEach((t, i) =>
      lines.push({
        text: i === 0 && bullet ? `•  ${t}` : t,
        font,
        size,
        x: MARGIN + (i === 0 || !bullet ? indent : indent + 12),
        before: i === 0 ? before : 0,
      }),
    );
  };
  add(spec.title, 'F2', 18, 0);
  if (spec.subtitle) add(spec.subtitle, 'F1', 12, 6);
  for (const section of spec.sections) {
    if (section.heading) add(section.heading, 'F2', 13, 18);
    for (const item of section.items) add(item, 'F1', BODY_SIZE, section.bulleted ? 4 : 8, 0, section.bulleted === true);
  }
  for (const [i, f] of (spec.footer ?? []).entries()) add(f, 'F1', 9, i === 0 ? 28 : 2);
  return lines;
}

/** Lines → one content stream per page (top to bottom, new page when the bottom margin is reached). */
function paginate(lines: readonly Line[]): string[] {
  const pages: string[] = [];
  let ops: string[] = [];
  let y = PAGE_HEIGHT - MARGIN;
  for (const l of lines) {
    const step = l.before + Math.max(LEADING, l.size * 1.3);
    if (ops.length > 0 && y - step < MARGIN) {
      pages.push(ops.join('\n'));
      ops = [];
      y = PAGE_HEIGHT - MARGIN;
    }
    y -= ops.length === 0 ? l.size : step;
    ops.push(`BT /${l.font} ${l.size} Tf ${l.x} ${y.toFixed(1)} Td ${pdfText(l.text)} Tj ET`);
  }
  pages.push(ops.join('\n'));
  return pages;
}

/** The PDF file for `spec`. */
export function renderPdf(spec: PdfSpec): Uint8Array {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(spec.date)) throw new Error(`PDF: Datum „${spec.date}“ nicht im Format JJJJ-MM-TT`);
  const streams = paginate(layout(spec));
  // Object numbers: 1 catalog, 2 page tree, 3/4 fonts, 5 info, then per page i: page 6 + 2i, its content 7 + 2i.
  const pageIds = streams.map((_, i) => 6 + 2 * i);
  const objects: string[] = [
    `<< /Type /Catalog /Pages 2 0 R /Lang ${pdfText(spec.lang ?? 'de-DE')} /ViewerPreferences << /DisplayDocTitle true >> >>`,
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Title ${pdfUnicode(spec.title)} /Author ${pdfUnicode(spec.author)} /Producer ${pdfText('Stadtportal-Seed')} /CreationDate ${pdfText(`D:${spec.date.replaceAll('-', '')}000000Z`)} >>`,
  ];
  for (const [i, stream] of streams.entries()) {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${7 + 2 * i} 0 R >>`,
      // The stream is ASCII, so its length in characters is its length in bytes.
      `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    );
  }

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = out.length;
  // Each xref entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, n/f, CR LF.
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n\r\n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Guards the offset arithmetic above: one character must be one byte.
  // eslint-disable-next-line no-control-regex -- the check is for bytes outside printable ASCII, NUL included
  if (/[^\x00-\x7e]/.test(out)) throw new Error('PDF: interner Fehler, Ausgabe ist nicht ASCII');
  return Buffer.from(out, 'ascii');
}
