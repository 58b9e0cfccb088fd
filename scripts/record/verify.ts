/*
 * `pnpm record:verify`: recomputes the publication record's hash chain (cms/src/publication-record)
 * straight from the CMS's database — the SQLite file or PostgreSQL of cms/.env and the environment,
 * as Strapi reads them — without starting Strapi: the check must not trust the program whose
 * writes it checks.
 *
 *   pnpm record:verify [--anker <Nr>:<Hash>]… [--anker-datei <Datei>]
 *
 * Exit 0: every entry matches its hash and its predecessor („N Einträge, Kette unversehrt“).
 *         The last line names the anchor to keep elsewhere (`Anker: <Nr>:<Hash>`): given to a
 *         later run, it also catches entries cut off at the end and a chain rewritten up to it.
 * Exit 1: the first entry that does not fit is named (changed, deleted, or inserted).
 * Exit 2: the record could not be read at all (no database, no table).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RECORD_ANCHORS_FILE, parseAnchor, parseAnchorLines, verifyChain, type ChainCheck, type RecordAnchor } from '@stadtportal/shared/record';
import { cmsEnv } from '../lib/cms-env.ts';
import { RecordUnreadable, readRecordEntries } from './db.ts';

export async function verifyRecord(env: Record<string, string | undefined> = cmsEnv(), anchors: readonly RecordAnchor[] = []): Promise<ChainCheck> {
  return verifyChain(await readRecordEntries(env), anchors);
}

const ROOT = resolve(import.meta.dirname, '../..');
const USAGE = 'erlaubt: --anker <Nr>:<Hash> (mehrfach), --anker-datei <Datei>';

/**
 * The anchors to hold the record to: each `--anker`, and the lines of the anchor file — the one
 * named by `--anker-datei`, else the build runner's in PUBLISH_DIR if there is one (so the nightly
 * check is held to every release without being told).
 */
function anchorArguments(args: readonly string[], env: NodeJS.ProcessEnv): { anchors: RecordAnchor[]; file: string | null } {
  const anchors: RecordAnchor[] = [];
  let file: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1] ?? '';
    if (args[i] === '--anker') {
      const anchor = parseAnchor(value);
      if (anchor === null) throw new RecordUnreadable('--anker erwartet <Nr>:<Hash> (64 Hex-Zeichen), wie ein früherer Lauf ihn ausgibt.');
      anchors.push(anchor);
    } else if (args[i] === '--anker-datei') {
      if (value === '') throw new RecordUnreadable('--anker-datei erwartet eine Datei.');
      file = resolve(env.INIT_CWD || process.cwd(), value);
      if (!existsSync(file)) throw new RecordUnreadable(`Ankerdatei ${file} nicht gefunden.`);
    } else throw new RecordUnreadable(`Unbekannte Angabe „${args[i] ?? ''}“ (${USAGE}).`);
    i++;
  }
  if (file === null) {
    const runners = join(resolve(ROOT, env.PUBLISH_DIR || 'var/publish'), RECORD_ANCHORS_FILE);
    if (existsSync(runners)) file = runners;
  }
  if (file !== null) {
    const { anchors: fromFile, problems } = parseAnchorLines(readFileSync(file, 'utf8'));
    if (problems.length > 0) throw new RecordUnreadable(`Ankerdatei ${file}: ${problems.slice(0, 5).join('; ')}.`);
    anchors.push(...fromFile);
  }
  return { anchors, file };
}

async function main(): Promise<number> {
  try {
    const { anchors, file } = anchorArguments(process.argv.slice(2), process.env);
    const result = await verifyRecord(cmsEnv(), anchors);
    if (!result.ok) {
      console.error(`Veröffentlichungsprotokoll MANIPULIERT: ${result.message}`);
      return 1;
    }
    const held =
      anchors.length === 0 ? '' : ` ${anchors.length === 1 ? '1 Anker' : `${anchors.length} Anker`} bestätigt${file === null ? '' : ` (aus ${file})`}.`;
    console.log(`Veröffentlichungsprotokoll: ${result.count} Einträge, Kette unversehrt.${held}`);
    if (result.count > 0) console.log(`Anker: ${result.count}:${result.lastHash}`);
    return 0;
  } catch (err) {
    if (!(err instanceof RecordUnreadable)) throw err;
    console.error(`Veröffentlichungsprotokoll nicht geprüft: ${err.message}`);
    return 2;
  }
}

if (import.meta.main) process.exitCode = await main();
