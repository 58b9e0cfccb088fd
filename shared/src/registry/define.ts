import { z } from 'zod';
import type { StrapiQuery } from '../client.ts';
import type { Normalizer } from '../normalize/helpers.ts';
import type { CmsContentType } from '../rules/content-types.ts';

/*
 * The shape of the content registry: one entry per list of the snapshot, placed in a tree that
 * mirrors the snapshot (`council.terms`, `translations.en.pages`). Everything that walks the
 * content types — the pull, the snapshot's schema and type, the quarantine, the counts — walks
 * this tree, so a type added here is pulled, validated, typed and quarantined with no other
 * change (shared/test/registry.test.ts shows it).
 */

/** A field of an entry that holds the documentId of another entry (or a list of them). */
export interface Reference {
  /** Field of the contract entry: a documentId, null (no reference), or a list of documentIds. */
  field: string;
  /** The top-level registry key of the list the documentIds must be in. */
  to: string;
  /** The target as editors call it, for the message („Organisation“, „Übergeordnete Seite“). */
  what: string;
}

/** One list of entries in the snapshot and how it is pulled from the CMS. */
export interface ListType<S extends z.ZodType<object> = z.ZodType<object>> {
  /** The content type as issues, the quarantine and the editors' lists name it (errors.ts). */
  type: string;
  /** The CMS type it is pulled from: UID, REST path, public read permission (rules/content-types.ts). */
  cms: CmsContentType;
  /** What the REST request asks for (populate, sort, locale, status). */
  query: StrapiQuery;
  /** The contract of one entry in the snapshot. */
  schema: S;
  /** Strapi REST entry → contract entry (src/normalize/<type>.ts). */
  normalize: Normalizer<z.output<S>>;
  /**
   * Entries carry a documentId: a refused one falls back to its previous version (quarantine.ts).
   * False for redirects: the contract has no documentId, an invalid one is left out.
   */
  keyed: boolean;
  /** Absent from snapshots written before the type existed: read as an empty list then. */
  optional: boolean;
  /** Set for translations: the locale the entries are in. */
  locale?: string;
  /**
   * A translation of the list at this key (top level): its entries belong to the organisation
   * of the entry with the same documentId there.
   */
  translationOf?: string;
  /**
   * The site template that renders an entry (or the list that shows it), relative to
   * site/src/pages; null: shown only inside other pages (an alert in the layout, an Online-Dienst
   * as a card). The type's URL functions live beside the other URL functions (urls.ts).
   */
  page: string | null;
  /**
   * References to other entries that must be in the snapshot (snapshot.ts checks them, the
   * quarantine settles a broken one: a list item is dropped, a single reference sends the entry
   * back to its previous version).
   */
  references?: readonly Reference[];
  /**
   * What must be unique among the entries (a clash is reported on `slug`); absent: nothing.
   * A method, so an entry's own type can be named (bivariant, unlike a function property).
   */
  uniqueKey?(entry: z.output<S>): string;
  /** Singular and plural for the pull's summary line (cli/snapshot.ts); absent: not listed there. */
  label?: { one: string; many: string };
}

/** Lists, and groups of lists, keyed as in the snapshot. */
export interface RegistryTree {
  readonly [key: string]: ListType | RegistryTree;
}

export function isListType(node: ListType | RegistryTree): node is ListType {
  return 'schema' in node && 'normalize' in node && 'cms' in node;
}

/** One entry of the registry with its place in the snapshot. */
export interface RegisteredList {
  /** Keys from the snapshot's root to the list (`['council', 'terms']`). */
  path: readonly string[];
  list: ListType;
}

/** Every list of the tree, depth first in declared order: the order of the pull and of the checks. */
export function listsOf(tree: RegistryTree, base: readonly string[] = []): RegisteredList[] {
  return Object.entries(tree).flatMap(([key, node]) => {
    const path = [...base, key];
    return isListType(node) ? [{ path, list: node }] : listsOf(node, path);
  });
}

/** The zod shape of the registry's part of the snapshot: each list an array of its schema. */
export type RegistryShape<R extends RegistryTree> = {
  -readonly [K in keyof R]: R[K] extends ListType<infer S>
    ? z.ZodArray<S>
    : R[K] extends RegistryTree
      ? z.ZodObject<RegistryShape<R[K]>, z.core.$strict>
      : never;
};

export function registryShape<R extends RegistryTree>(tree: R): RegistryShape<R> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, node] of Object.entries(tree)) shape[key] = isListType(node) ? z.array(node.schema) : z.strictObject(registryShape(node));
  // Built key by key from the very tree RegistryShape maps over; TypeScript cannot follow a loop.
  return shape as RegistryShape<R>;
}

/**
 * The header's view of the registry's part: every list as an array of unknown entries (each is
 * checked on its own, so one bad entry is reported with its documentId), an optional list
 * defaulting to empty. A group whose lists are all optional came as a whole: absent, it is read
 * as empty lists; present, it must have every list.
 */
export function headerShape(tree: RegistryTree, listsMayDefault = true): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, node] of Object.entries(tree)) {
    if (isListType(node)) {
      shape[key] = node.optional && listsMayDefault ? z.array(z.unknown()).default([]) : z.array(z.unknown());
      continue;
    }
    const allOptional = listsOf(node).every(({ list }) => list.optional);
    const group = z.strictObject(headerShape(node, !allOptional));
    shape[key] = allOptional ? group.default(emptyLists(node)) : group;
  }
  return shape;
}

/** The tree with every list empty (a group absent from an older snapshot). */
export function emptyLists(tree: RegistryTree): Record<string, unknown> {
  return Object.fromEntries(Object.entries(tree).map(([key, node]) => [key, isListType(node) ? [] : emptyLists(node)]));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value at `path` in a parsed snapshot (or in a snapshot file read as JSON). */
export function valueAtPath(root: unknown, path: readonly string[]): unknown {
  let cur = root;
  for (const key of path) cur = isRecord(cur) ? cur[key] : undefined;
  return cur;
}

/** Replace the value at `path`; the groups on the way must exist (the snapshot always has them). */
export function setAtPath(root: object, path: readonly string[], value: unknown): void {
  const parent = valueAtPath(root, path.slice(0, -1));
  const key = path.at(-1);
  if (!isRecord(parent) || key === undefined) throw new Error(`Snapshot: keine Liste unter ${path.join('.')} (Programmfehler)`);
  parent[key] = value;
}

/**
 * Every keyed list of a snapshot indexed by documentId, by the list's place in the snapshot
 * (`pages`, `council.terms`): the lookups a site build makes per page, for every type the
 * registry knows.
 */
export function indexByDocumentId(snapshot: object, tree: RegistryTree): Map<string, Map<string, unknown>> {
  const index = new Map<string, Map<string, unknown>>();
  for (const { path, list } of listsOf(tree)) {
    if (!list.keyed) continue;
    const entries = valueAtPath(snapshot, path);
    const byId = new Map<string, unknown>();
    if (Array.isArray(entries)) for (const e of entries) if (isRecord(e) && typeof e.documentId === 'string') byId.set(e.documentId, e);
    index.set(path.join('.'), byId);
  }
  return index;
}
