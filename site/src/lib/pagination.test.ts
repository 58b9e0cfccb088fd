import { describe, expect, it } from 'vitest';
import { pageCount, pageSlice, paginationWindow } from './pagination.ts';

describe('pagination', () => {
  it('counts pages, with one (empty) page for an empty list', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(13, 10)).toBe(2);
  });

  it('slices 1-based pages', () => {
    const list = Array.from({ length: 13 }, (_, i) => i);
    expect(pageSlice(list, 1, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageSlice(list, 2, 10)).toEqual([10, 11, 12]);
  });

  it('shows every number of a short list', () => {
    expect(paginationWindow(2, 3)).toEqual([1, 2, 3]);
  });

  it('shows first, last and the neighbourhood of the current page of a long list, with gaps', () => {
    expect(paginationWindow(50, 1000)).toEqual([1, null, 48, 49, 50, 51, 52, null, 1000]);
    expect(paginationWindow(1, 1000)).toEqual([1, 2, 3, null, 1000]);
  });

  it('shows a single missing number instead of a gap', () => {
    expect(paginationWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
