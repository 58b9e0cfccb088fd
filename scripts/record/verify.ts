/*
 * `pnpm record:verify`: recomputes the publication record's hash chain (cms/src/publication-record)
 * straight from the CMS's database — the SQLite file or PostgreSQL of cms/.env and the environment,
 * as Strapi reads them — without starting Strapi: the check must not trust the program whose
 * writes it checks.
 *
 *   pnpm record:verify [--anker <Nr>:<Hash>]
 *
 * Exit 0: every entry matches its hash and its predecessor („N Einträge, Kette unversehrt“).
 *         The last line names the anchor to keep elsewhere (`Anker: <Nr>:<Hash>`): given to a
 *         later run, it also catches entries cut off at the end and a chain rewritten up to it.
 * Exit 1: the first entry that does not fit is named (changed, deleted, or inserted).
 * Exit 2: the record could not be read at all (no database, no table).
 */
import { parseAnchor, verifyChain, type ChainCheck, type RecordAnchor } from '@stadtportal/shared/record';
import { cmsEnv } from '../lib/cms-env.ts';
import { RecordUnreadable, readRecordEntries } from './db.ts';

export async function verifyRecord(env: Record<string, string | undefined> = cmsEnv(), anchor?: RecordAnchor): Promise<ChainCheck> {
  return verifyChain(await readRecordEntries(env), anchor);
}

function anchorArgument(args: readonly string[]): RecordAnchor | undefined {
  const i = args.indexOf('--anker');
  if (i === -1) {
    if (args.length > 0) throw new RecordUnreadable(`Unbekannte Angabe „${args.join(' ')}“ (erlaubt: --anker <Nr>:<Hash>).`);
    return undefined;
  }
  const anchor = parseAnchor(args[i + 1] ?? '');
  if (anchor === null) throw new RecordUnreadable('--anker erwartet <Nr>:<Hash> (64 Hex-Zeichen), wie ein früherer Lauf ihn ausgibt.');
  return anchor;
}

async function main(): Promise<number> {
  try {
    const result = await verifyRecord(cmsEnv(), anchorArgument(process.argv.slice(2)));
    if (!result.ok) {
      console.error(`Veröffentlichungsprotokoll MANIPULIERT: ${result.message}`);
      return 1;
    }
    console.log(`Veröffentlichungsprotokoll: ${result.count} Einträge, Kette unversehrt.`);
    if (result.count > 0) console.log(`Anker: ${result.count}:${result.lastHash}`);
    return 0;
  } catch (err) {
    if (!(err instanceof RecordUnreadable)) throw err;
    console.error(`Veröffentlichungsprotokoll nicht geprüft: ${err.message}`);
    return 2;
  }
}

if (import.meta.main) process.exitCode = await main();
