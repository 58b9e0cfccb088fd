import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { InvalidContentError, ssiIssues, type ContentIssue } from './errors.ts';
import type { NormalizeRun } from './normalize/helpers.ts';
import { ORGANISATION_TYPE } from './normalize/organisation.ts';
import { CONTENT_REGISTRY, listsOf, setAtPath, valueAtPath, type RegistryTree } from './registry/index.ts';
import type { QuarantineKept, QuarantineRecord } from './schemas/quarantine.ts';
import { MEDIA_DIR, SNAPSHOT_FILE, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, mediaOf, referenceIssues, type Snapshot } from './snapshot.ts';

/*
 * Quarantine, not a stop sign. One editor's invalid entry (older data, a rule that became
 * stricter) must not stop publishing for everyone. An entry the pull refuses keeps its last valid
 * published version from the previous snapshot, or is left out if it never had one; every
 * problem is recorded in the snapshot's `quarantine` with what was kept, for the status page and
 * the dashboard. What still stops the build: invalid settings (single types every page depends
 * on), an answer of the wrong shape, an API error — and a reference that no fallback can satisfy
 * (a legal page of the settings).
 *
 * References to an entry that is not in the snapshot are settled after all entries are read, in
 * rounds until none is left (each round only moves entries towards "previous" and then
 * "omitted", or removes list items, so it ends):
 * - an item of a list of references (a life event's services, where an Online-Dienst appears, the
 *   main navigation) is dropped and recorded: the rest of the entry is what its editors published,
 *   and a list without one link still says what it should;
 * - a single reference the entry cannot do without (its organisation, its parent page, a
 *   service's office) or a clash (duplicate slug) sends the entry back to its previous version —
 *   which pointed somewhere valid when it went live — or leaves it out. Dropping such a reference
 *   would move a page to another URL or show content under no owner.
 */

export interface Keyed {
  documentId: string;
}

/** One list of entries in the snapshot: how to find it in a typed snapshot and in a file. */
export interface EntryList<T extends Keyed = Keyed> {
  /** Content type as the issues name it (errors.ts). */
  type: string;
  /** Set for translations only. */
  locale?: string;
  /** Where the list is in snapshot.json (a previous file is read as JSON). */
  path: readonly string[];
  schema: z.ZodType<T>;
  get(s: Snapshot): T[];
  set(s: Snapshot, list: T[]): void;
}

/**
 * Every list of the registry whose entries have a documentId; redirects have none (pull.ts).
 * The lists are reached by their path in the snapshot: the registry's key is the snapshot's.
 */
export function entryLists(registry: RegistryTree = CONTENT_REGISTRY): EntryList[] {
  return listsOf(registry)
    .filter(({ list }) => list.keyed)
    .map(({ path, list }): EntryList => ({
      type: list.type,
      path,
      // A keyed list's schema requires a documentId (registry.test.ts checks every one).
      schema: list.schema as z.ZodType<Keyed>,
      // Snapshot lists hold what their schema accepted: validateSnapshot and the pull put them there.
      get: (s) => listAt(s, path),
      set: (s, l) => setAtPath(s, path, l),
      ...(list.locale === undefined ? {} : { locale: list.locale }),
    }));
}

function listAt(s: Snapshot, path: readonly string[]): Keyed[] {
  const value = valueAtPath(s, path);
  if (!Array.isArray(value)) throw new Error(`Snapshot: keine Liste unter ${path.join('.')} (Programmfehler)`);
  return value;
}

/** The single type every page depends on: its problems stop the build. */
export const SETTINGS_TYPE = 'site-settings';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The organisation an entry belongs to (whose editors must act): the relation of a raw Strapi
 * entry, the documentId of a contract entry, or the entry itself for an organisation.
 */
export function organisationOf(type: string, documentId: string, entry: unknown): string | undefined {
  if (type === ORGANISATION_TYPE) return documentId;
  const rel = isRecord(entry) ? entry.organisation : undefined;
  if (typeof rel === 'string' && rel !== '') return rel;
  if (isRecord(rel) && typeof rel.documentId === 'string' && rel.documentId !== '') return rel.documentId;
  return undefined;
}

/**
 * The entries of the previous snapshot, by type and documentId: the versions a refused entry
 * falls back to. Each is checked against today's contract when it is asked for — a rule that
 * became stricter rules out that entry's old version, not the whole file — and only the few
 * refused entries are ever checked.
 */
export class PreviousEntries {
  readonly #entries: Map<string, Map<string, unknown>>;
  readonly #files: ReadonlySet<string>;
  /** The folder its media files are copied from; null: no previous snapshot. */
  readonly dir: string | null;
  /** Why no previous version can be used (unreadable file, other format), for the pull's output. */
  readonly problem: string | null;

  constructor(dir: string | null, entries: Map<string, Map<string, unknown>>, files: ReadonlySet<string>, problem: string | null = null) {
    this.dir = dir;
    this.#entries = entries;
    this.#files = files;
    this.problem = problem;
  }

  static none(problem: string | null = null): PreviousEntries {
    return new PreviousEntries(null, new Map(), new Set(), problem);
  }

  /**
   * The previous version of an entry if today's contract accepts it (schema, no SSI command) and
   * its media files are in the previous snapshot; else undefined.
   */
  entry<T extends Keyed>(list: EntryList<T>, documentId: string): T | undefined {
    const raw = this.#entries.get(list.type)?.get(documentId);
    if (raw === undefined) return undefined;
    const parsed = list.schema.safeParse(raw);
    if (!parsed.success || ssiIssues(list.type, documentId, raw).length > 0) return undefined;
    return mediaOf(parsed.data).every((f) => this.#files.has(f)) ? parsed.data : undefined;
  }
}

/** Snapshot versions whose lists have today's shape (3 had no `quarantine`, which is not read). */
const READABLE_VERSIONS: readonly number[] = [3, SNAPSHOT_VERSION];

/**
 * Read the previous snapshot in `dir`. No file: no previous versions. A file that cannot be used
 * at all is no reason to stop publishing: refused entries are then left out, and `problem` says
 * why (the pull prints it).
 */
export async function readPreviousEntries(dir: string, registry: RegistryTree = CONTENT_REGISTRY): Promise<PreviousEntries> {
  const file = join(dir, SNAPSHOT_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return PreviousEntries.none();
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return PreviousEntries.none(`Vorheriger Snapshot ${file} ist kein gültiges JSON (${(err as Error).message}): abgelehnte Einträge werden weggelassen.`);
  }
  const version = isRecord(raw) ? raw.version : undefined;
  if (!isRecord(raw) || raw.format !== SNAPSHOT_FORMAT || typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
    return PreviousEntries.none(`Vorheriger Snapshot ${file} hat ein anderes Format (Version ${String(version)}): abgelehnte Einträge werden weggelassen.`);
  }
  let files: Set<string>;
  try {
    files = new Set(await readdir(join(dir, MEDIA_DIR)));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    files = new Set();
  }
  const entries = new Map<string, Map<string, unknown>>();
  for (const list of entryLists(registry)) {
    const items = valueAtPath(raw, list.path);
    if (!Array.isArray(items)) continue;
    const byId = new Map<string, unknown>();
    for (const item of items) if (isRecord(item) && typeof item.documentId === 'string') byId.set(item.documentId, item);
    entries.set(list.type, byId);
  }
  return new PreviousEntries(dir, entries, files);
}

interface QuarantinedEntry {
  type: string;
  documentId: string;
  locale?: string;
  organisation?: string;
  kept: QuarantineKept;
  issues: ContentIssue[];
}

/** The record of one pull: refused entries with their problems and fate, and what stops the build. */
export class Quarantine {
  readonly #entries = new Map<string, QuarantinedEntry>();
  /** Problems no fallback can settle (settings, entries without documentId). */
  readonly fatal: ContentIssue[] = [];

  static #key(type: string, documentId: string): string {
    return `${type}\u0000${documentId}`;
  }

  /** What the snapshot holds for the entry so far; undefined: its pulled version, untouched. */
  kept(type: string, documentId: string): QuarantineKept | undefined {
    return this.#entries.get(Quarantine.#key(type, documentId))?.kept;
  }

  /** Record problems of an entry; `kept` is its fate from now on (a later round may change it). */
  add(list: { type: string; locale?: string }, documentId: string, issues: readonly ContentIssue[], kept: QuarantineKept, organisation?: string): void {
    const key = Quarantine.#key(list.type, documentId);
    const known = this.#entries.get(key);
    if (known) {
      known.kept = kept;
      known.issues.push(...issues);
      if (known.organisation === undefined && organisation !== undefined) known.organisation = organisation;
      return;
    }
    this.#entries.set(key, {
      type: list.type,
      documentId,
      ...(list.locale === undefined ? {} : { locale: list.locale }),
      ...(organisation === undefined ? {} : { organisation }),
      kept,
      issues: [...issues],
    });
  }

  /** One record per problem, in the order found; each carries its entry's final fate. */
  records(): QuarantineRecord[] {
    return [...this.#entries.values()].flatMap((e) =>
      e.issues.map((i) => ({
        type: e.type,
        documentId: e.documentId,
        ...(e.locale === undefined ? {} : { locale: e.locale }),
        ...(e.organisation === undefined ? {} : { organisation: e.organisation }),
        field: i.field,
        message: i.message,
        kept: e.kept,
      })),
    );
  }
}

/** One pulled entry after normalisation: its contract form, or the problems that refused it. */
export interface Pulled<T> {
  documentId: string;
  value: T | undefined;
  issues: ContentIssue[];
  organisation?: string;
}

/**
 * Normalise a list entry by entry, keeping each entry's problems apart (the normalisers add to
 * one shared list in `run`); an entry with any problem is refused as a whole.
 */
export function normaliseEach<T>(
  type: string,
  run: NormalizeRun,
  list: readonly unknown[],
  fn: (run: NormalizeRun, raw: unknown) => T | undefined,
): Pulled<T>[] {
  return list.map((raw): Pulled<T> => {
    const before = run.issues.length;
    const value = fn(run, raw);
    const issues = run.issues.splice(before);
    const documentId = isRecord(raw) && typeof raw.documentId === 'string' && raw.documentId !== '' ? raw.documentId : '–';
    const organisation = organisationOf(type, documentId, raw);
    const refused = value === undefined || issues.length > 0;
    // A normaliser refuses with a reason; should one ever return nothing without one, say so.
    if (refused && issues.length === 0) issues.push({ type, documentId, field: '', message: 'Eintrag wurde ohne Angabe eines Grundes abgelehnt' });
    return { documentId, value: refused ? undefined : value, issues, ...(organisation === undefined ? {} : { organisation }) };
  });
}

/**
 * The entries of one list for the new snapshot: each valid pulled entry, and for each refused one
 * its previous version (or nothing), recorded. Order stays the pull's (documentId).
 */
export function settleList<T extends Keyed>(list: EntryList<T>, pulled: readonly Pulled<T>[], previous: PreviousEntries, q: Quarantine): T[] {
  const out: T[] = [];
  for (const p of pulled) {
    if (p.value !== undefined) {
      out.push(p.value);
      continue;
    }
    // Without a documentId an entry cannot be named to its editors nor matched to a previous
    // version: Strapi always sends one, so this is an answer of the wrong shape.
    if (p.documentId === '–') {
      q.fatal.push(...p.issues);
      continue;
    }
    const prev = previous.entry(list, p.documentId);
    if (prev !== undefined) out.push(prev);
    q.add(list, p.documentId, p.issues, prev === undefined ? 'omitted' : 'previous', p.organisation ?? organisationOf(list.type, p.documentId, prev));
  }
  return out;
}

/**
 * The media files of a snapshot by where they come from: `current` — referenced by an entry as
 * pulled (downloaded from the CMS); `previousOnly` — referenced only by previous versions (copied
 * from the previous snapshot). Every image and document of the contract sits inside an entry.
 */
export function mediaByOrigin(s: Snapshot, q: Quarantine, registry: RegistryTree = CONTENT_REGISTRY): { current: Set<string>; previousOnly: Set<string> } {
  // The settings (home page picture, logo) have no previous version: always the CMS's files.
  const current = new Set<string>(mediaOf(s.settings));
  const previous = new Set<string>();
  for (const list of entryLists(registry)) {
    for (const e of list.get(s)) {
      const into = q.kept(list.type, e.documentId) === 'previous' ? previous : current;
      for (const f of mediaOf(e)) into.add(f);
    }
  }
  return { current, previousOnly: new Set([...previous].filter((f) => !current.has(f))) };
}

/** `services.1` → ["services", 1] when it names an item of a list of references (documentIds). */
function listItem(entry: Keyed, field: string): [string, number] | null {
  const m = /^([A-Za-z]+)\.(\d+)$/.exec(field);
  if (m === null || m[1] === undefined || m[2] === undefined) return null;
  const value = new Map<string, unknown>(Object.entries(entry)).get(m[1]);
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [m[1], Number(m[2])] : null;
}

/**
 * The entry without the list items named (indices of the list as checked); undefined when the
 * contract refuses what is left (a life event needs one service at least).
 */
function withoutItems<T extends Keyed>(list: EntryList<T>, entry: T, items: readonly [string, number][]): T | undefined {
  const fields = new Map<string, unknown>(Object.entries(entry));
  for (const [name] of items) {
    const drop = new Set(items.filter(([n]) => n === name).map(([, i]) => i));
    const value = fields.get(name);
    if (Array.isArray(value))
      fields.set(
        name,
        value.filter((_, i) => !drop.has(i)),
      );
  }
  const parsed = list.schema.safeParse(Object.fromEntries(fields));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Settle every reference that does not resolve (see the header): rounds of drop / fall back /
 * omit until the snapshot's cross-entry checks pass. Throws InvalidContentError for what no
 * fallback can settle.
 */
export function settleReferences(s: Snapshot, previous: PreviousEntries, q: Quarantine, registry: RegistryTree = CONTENT_REGISTRY): void {
  const listByType = new Map(entryLists(registry).map((l) => [l.type, l]));
  for (;;) {
    const issues = referenceIssues(s, registry);
    if (issues.length === 0) return;
    const fatal: ContentIssue[] = [];
    const navigation: ContentIssue[] = [];
    const groups = new Map<string, { list: EntryList; documentId: string; issues: ContentIssue[] }>();
    for (const i of issues) {
      if (i.type === SETTINGS_TYPE) {
        // The main navigation is a list of links; the legal pages are required on every page
        // (Impressum, Datenschutz, Barrierefreiheit): without one, no page may go out.
        if (/^mainNavigation\.\d+$/.test(i.field)) navigation.push(i);
        else fatal.push(i);
        continue;
      }
      const list = listByType.get(i.type);
      if (list === undefined) {
        fatal.push(i);
        continue;
      }
      const key = `${i.type}\u0000${i.documentId}`;
      const group = groups.get(key) ?? { list, documentId: i.documentId, issues: [] };
      group.issues.push(i);
      groups.set(key, group);
    }
    if (fatal.length > 0) throw new InvalidContentError(fatal);

    if (navigation.length > 0) {
      const drop = new Set(navigation.map((i) => Number(i.field.split('.')[1])));
      s.settings = { ...s.settings, mainNavigation: s.settings.mainNavigation.filter((_, i) => !drop.has(i)) };
      q.add({ type: SETTINGS_TYPE }, '–', navigation, 'current');
    }
    for (const { list, documentId, issues: own } of groups.values()) {
      const entries = list.get(s);
      const entry = entries.find((e) => e.documentId === documentId);
      if (entry === undefined) throw new Error(`Quarantäne: ${list.type} ${documentId} ist nicht im Snapshot, hat aber ein Problem (Programmfehler)`);
      const organisation = organisationOf(list.type, documentId, entry);
      const items = own.map((i) => listItem(entry, i.field));
      const trimmed = items.every((x) => x !== null) ? withoutItems(list, entry, items) : undefined;
      if (trimmed !== undefined) {
        list.set(
          s,
          entries.map((e) => (e === entry ? trimmed : e)),
        );
        q.add(list, documentId, own, q.kept(list.type, documentId) ?? 'current', organisation);
        continue;
      }
      // Without those items the entry breaks its own contract: like a single reference.
      // Back to the previous version, unless the snapshot holds that one already.
      const kept = q.kept(list.type, documentId);
      const prev = kept === 'previous' ? undefined : previous.entry(list, documentId);
      list.set(s, prev === undefined ? entries.filter((e) => e !== entry) : entries.map((e) => (e === entry ? prev : e)));
      q.add(list, documentId, own, prev === undefined ? 'omitted' : 'previous', organisation);
    }
  }
}
