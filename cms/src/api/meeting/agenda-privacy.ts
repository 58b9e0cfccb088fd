import { errors } from '@strapi/utils';

/*
 * Non-public agenda items (docs/CONTENT-MODEL.md, ADR 0010): the editors keep title, paper and
 * result of a non-public item in the CMS for the council office, but outside the dashboard only
 * the number and „nicht öffentlich“ may be seen. The snapshot normaliser drops these fields too
 * (shared/src/normalize/council.ts), but the REST API is public on its own — anyone can ask
 * /api/meetings?populate=agendaItems — so the meeting controller (controllers/meeting.ts) passes
 * every answer through `hideNonPublicAgendaItems` and every query through `refuseAgendaQuery`.
 *
 * Lives beside the API folders, not in controllers/: Strapi loads every file there as a controller.
 */

/** What stays of a non-public item: its component id, number and flag. */
const KEPT = ['id', 'number', 'public'] as const;

type Item = Record<string, unknown>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * One agenda item as the public may see it. Only `public === false` is non-public: null (never
 * set) means the schema default, public — the same reading as the normaliser.
 */
export function publicAgendaItem(item: Item): Item {
  if (item.public !== false) return item;
  const kept: Item = {};
  for (const key of KEPT) if (key in item) kept[key] = item[key];
  // A populated paper relation stays as `null` ("no paper"): the normaliser requires the key
  // whenever the relation was asked for, and null tells nothing about the item.
  if ('paper' in item) kept.paper = null;
  return kept;
}

function hideInEntry(entry: unknown): unknown {
  if (!isRecord(entry) || !Array.isArray(entry.agendaItems)) return entry;
  return { ...entry, agendaItems: entry.agendaItems.map((a: unknown) => (isRecord(a) ? publicAgendaItem(a) : a)) };
}

/** A find result (array) or a findOne entry (object or null), sanitised by Strapi already. */
export function hideNonPublicAgendaItems(data: unknown): unknown {
  return Array.isArray(data) ? data.map(hideInEntry) : hideInEntry(data);
}

/** Does a `filters` tree name the agenda items anywhere (also inside $and/$or/$not)? */
function filtersNameAgenda(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(filtersNameAgenda);
  if (!isRecord(v)) return false;
  return Object.entries(v).some(([key, value]) => key === 'agendaItems' || filtersNameAgenda(value));
}

/** Does a `sort` value (string "a.b:asc,c", array, or object form) name the agenda items? */
function sortNamesAgenda(v: unknown): boolean {
  if (typeof v === 'string') return v.split(/[,.:]/).some((part) => part.trim() === 'agendaItems');
  if (Array.isArray(v)) return v.some(sortNamesAgenda);
  if (!isRecord(v)) return false;
  return Object.entries(v).some(([key, value]) => key === 'agendaItems' || sortNamesAgenda(value));
}

/** `populate[agendaItems][filters|sort]`, at any depth of the populate tree. */
function populateFiltersAgenda(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(populateFiltersAgenda);
  if (!isRecord(v)) return false;
  return Object.entries(v).some(
    ([key, value]) => (key === 'agendaItems' && isRecord(value) && ('filters' in value || 'sort' in value)) || populateFiltersAgenda(value),
  );
}

/**
 * Filtering or sorting by agenda item fields would answer questions about non-public items
 * without showing them ("is there a meeting whose non-public item mentions X?"), so the public
 * API refuses it. Nothing of the portal needs it: the snapshot sorts by documentId only.
 */
export function refuseAgendaQuery(query: Record<string, unknown>): void {
  if (filtersNameAgenda(query.filters) || sortNamesAgenda(query.sort) || populateFiltersAgenda(query.populate)) {
    throw new errors.ValidationError(
      'Filtern und Sortieren nach Tagesordnungspunkten ist in der öffentlichen Schnittstelle nicht möglich (nicht öffentliche Punkte).',
    );
  }
}
