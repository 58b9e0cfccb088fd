/*
 * Paged lists (the news): page numbers are 1-based, as in the URLs. With thousands of entries
 * the pagination shows a window around the current page instead of every number.
 */

export const NEWS_PER_PAGE = 10;

/** At least one page, so an empty list still has its (empty) first page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

export function pageSlice<T>(list: readonly T[], page: number, perPage: number): T[] {
  return list.slice((page - 1) * perPage, page * perPage);
}

/**
 * Page numbers to show: first, last and `radius` on each side of the current page; null marks a
 * gap ("…"). A gap of a single page shows that page instead, since "…" would be no shorter.
 */
export function paginationWindow(current: number, total: number, radius = 2): (number | null)[] {
  const shown = new Set<number>([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  let prev = 0;
  for (const n of sorted) {
    if (n - prev === 2) out.push(n - 1);
    else if (n - prev > 2) out.push(null);
    out.push(n);
    prev = n;
  }
  return out;
}
