// Figures as console lines and as bench/RESULTS.md.

export interface Figure {
  section: string;
  name: string;
  value: string;
  target: string;
  /** true: target met, false: missed, null: no target (a plain figure). */
  met: boolean | null;
  /** Cause and fix of a miss, or how a figure was obtained. */
  note?: string;
}

const mark = (met: boolean | null) => (met === null ? '·' : met ? '✓' : '✗');

export function printFigure(f: Figure): void {
  console.log(`${mark(f.met)} [${f.section}] ${f.name}: ${f.value}  (Ziel: ${f.target})${f.note ? `\n    ${f.note}` : ''}`);
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export interface ResultsInput {
  figures: Figure[];
  machine: Record<string, string>;
  sizes: number[];
  started: Date;
  finished: Date;
  fixtureVersion: number;
}

export function renderResults({ figures, machine, sizes, started, finished, fixtureVersion }: ResultsInput): string {
  const lines: string[] = [
    '# Benchmark-Ergebnisse',
    '',
    `Erzeugt von \`pnpm bench\` (bench/src/bench.ts) am ${started.toISOString()} – Dauer ${Math.round((finished.getTime() - started.getTime()) / 1000)} s; Größen: ${sizes.join(', ')} erzeugte Dokumente.`,
    'Absolute Zeiten auf einer geteilten Maschine schwanken: maßgeblich sind die Verhältnisse aus demselben Lauf. Wie gemessen wird: bench/README.md.',
    '',
    '## Maschine',
    '',
    ...Object.entries(machine).map(([k, v]) => `- ${k}: ${v}`),
    `- Basis-Inhalt: Fixture-Snapshot (Version ${fixtureVersion}) + erzeugte Dokumente`,
    '',
  ];
  const sections = [...new Set(figures.map((f) => f.section))];
  for (const section of sections) {
    lines.push(`## ${section}`, '', '| | Messung | Wert | Ziel | Anmerkung |', '|---|---|---|---|---|');
    for (const f of figures.filter((x) => x.section === section)) {
      lines.push(`| ${mark(f.met)} | ${cell(f.name)} | ${cell(f.value)} | ${cell(f.target)} | ${cell(f.note ?? '')} |`);
    }
    lines.push('');
  }
  const missed = figures.filter((f) => f.met === false);
  lines.push('## Verfehlte Ziele', '');
  if (missed.length === 0) lines.push('Keine.');
  for (const f of missed) lines.push(`- **${f.section}: ${f.name}** – ${f.value} (Ziel ${f.target}). ${f.note ?? ''}`);
  lines.push('', '✓ Ziel erreicht · ✗ verfehlt · · Messwert ohne Ziel', '');
  return lines.join('\n');
}
