import { describe, expect, it } from 'vitest';
import { parseShard, shardPaths } from '../a11y-gate.mjs';

// The gate's sharding (A11Y_SHARD=i/n): CI splits a 10 000-page site over parallel jobs.
describe('accessibility gate shards', () => {
  const paths = Array.from({ length: 10 }, (_, i) => `/p${i}/`);

  it('splits the sitemap into disjoint shards that together cover every URL exactly once', () => {
    const shards = [1, 2, 3].map((index) => shardPaths(paths, { index, count: 3 }));
    expect(shards.map((s) => s.length)).toEqual([4, 3, 3]);
    expect(shards[0]).toEqual(['/p0/', '/p3/', '/p6/', '/p9/']);
    expect(shards.flat().sort()).toEqual([...paths].sort());
  });

  it('checks everything without a shard', () => {
    expect(shardPaths(paths)).toEqual(paths);
  });

  it('parses i/n and refuses anything else, naming the value', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/8', '9/8', '2', 'a/b', '1/0', ' 1/2']) {
      expect(() => parseShard(bad), bad).toThrow(`A11Y_SHARD „${bad}“ ungültig`);
    }
  });
});
