import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { count, type SeedContext } from './context';
import { REDIRECT_UID, STATUS_OF, type StatusValue } from '../redirects/validate';

/*
 * Demo Weiterleitungen: old addresses of the former TYPO3 site (index.php?id=…) and of the
 * former domains of Kulturanstalt, Kreativwerkstatt and Feuerwehr, from cms/seed-assets/redirects.csv
 * — the same file works with `pnpm redirects:import` (which also collapses chains; the demo has
 * none). Idempotent: matched by the old address. Each row is checked by the CMS's validation
 * (src/redirects/validate.ts) on create/update, so a bad demo row fails the seed loudly.
 */

interface Row {
  from: string;
  to: string | null;
  kind: StatusValue;
}

const STATUS_VALUE = new Map(Object.entries(STATUS_OF).map(([value, status]) => [String(status), value as StatusValue]));

/** The demo file is plain "from,to,status" without quotes (the import reads full RFC 4180). */
function parseDemoCsv(text: string, file: string): Row[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines[0]?.trim() !== 'from,to,status') throw new Error(`Seed: ${file} muss mit „from,to,status“ beginnen.`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split(',');
    const kind = STATUS_VALUE.get(cells[2]?.trim() ?? '');
    if (cells.length !== 3 || line.includes('"') || !kind) throw new Error(`Seed: ${file}, Zeile ${i + 2}: „${line}“ ist keine Zeile from,to,status.`);
    const [from = '', to = ''] = cells;
    return { from: from.trim(), to: to.trim() === '' ? null : to.trim(), kind };
  });
}

export async function seedRedirects(ctx: SeedContext): Promise<string> {
  const file = path.join(ctx.strapi.dirs.app.root, 'seed-assets', 'redirects.csv');
  const rows = parseDemoCsv(await readFile(file, 'utf8'), file);
  const documents = ctx.strapi.documents(REDIRECT_UID);
  for (const row of rows) {
    const [existing] = (await documents.findMany({ filters: { from: { $eq: row.from } }, fields: ['from', 'to', 'kind'] })) as unknown as {
      documentId: string;
      to: string | null;
      kind: string;
    }[];
    const data: Record<string, unknown> = { ...row, note: 'Demo: alte Adresse der früheren Website' };
    if (!existing) {
      await documents.create({ data });
      ctx.tally.add('created');
    } else if ((existing.to ?? null) !== row.to || existing.kind !== row.kind) {
      await documents.update({ documentId: existing.documentId, data });
      ctx.tally.add('updated');
    } else {
      ctx.tally.add('unchanged');
    }
  }
  return count(rows.length, 'Weiterleitung', 'Weiterleitungen');
}
