// The per-server result cache (server/services/result-cache.ts): an LRU bounded in entries and
// bytes, a computation shared by the requests that ask for it at once, and reads of the graph's
// version shared by the requests of one event-loop turn.
import { describe, expect, it } from 'vitest';
import { GraphVersion, ResultCache } from '../../server/services/result-cache.ts';

const answer = (kb: number) => Buffer.alloc(kb * 1024, 'x');
const text = (value: string) => Buffer.from(value);

describe('ResultCache', () => {
  it('when more answers come than it holds, then the least recently used go first', () => {
    const cache = new ResultCache(2, 1 << 20);
    cache.set('a', text('1'));
    cache.set('b', text('2'));
    expect(cache.get('a')?.toString()).toBe('1'); // a is now the most recent
    cache.set('c', text('3'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.toString()).toBe('1');
    expect(cache.get('c')?.toString()).toBe('3');
    expect(cache.size.entries).toBe(2);
  });

  it('when the answers pass the byte bound, then the oldest go until they fit', () => {
    const cache = new ResultCache(100, 10 * 1024);
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, answer(3));
    expect(cache.size.bytes).toBeLessThanOrEqual(10 * 1024);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('d')).toBeDefined();
  });

  it('when one answer is larger than the whole bound, then it is not kept (and nothing else is lost)', () => {
    const cache = new ResultCache(100, 10 * 1024);
    cache.set('small', answer(1));
    cache.set('huge', answer(11));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('small')).toBeDefined();
  });

  it('when a key is set again, then its bytes are counted once', () => {
    const cache = new ResultCache(100, 1 << 20);
    cache.set('a', answer(2));
    cache.set('a', answer(2));
    expect(cache.size).toEqual({ entries: 1, bytes: 2 * 1024 + 2 });
  });

  it('when several ask for the same answer at once, then it is computed once and all get it', async () => {
    const cache = new ResultCache(10, 1 << 20);
    let computed = 0;
    const compute = async () => (computed++, await new Promise((resolve) => setTimeout(resolve, 20)), text('answer'));
    const answers = await Promise.all([1, 2, 3].map(() => cache.getOrCompute('k', compute)));
    expect(computed).toBe(1);
    expect(answers.map((a) => a.body.toString())).toEqual(['answer', 'answer', 'answer']);
    expect(answers.filter((a) => !a.hit)).toHaveLength(1);
    expect((await cache.getOrCompute('k', compute)).hit).toBe(true);
  });

  it('when a computation fails, then the failure is not kept and the next ask computes again', async () => {
    const cache = new ResultCache(10, 1 << 20);
    await expect(cache.getOrCompute('k', () => Promise.reject(new Error('Neo4j went away')))).rejects.toThrow('went away');
    expect(await cache.getOrCompute('k', async () => text('answer'))).toEqual({ body: text('answer'), hit: false });
  });
});

describe('GraphVersion', () => {
  it('when requests ask in the same turn, then they share one read, which starts after all of them asked', async () => {
    let token = 'v1';
    const version = new GraphVersion(async () => token);
    const first = [version.current(), version.current(), version.current()];
    token = 'v2'; // an ingest that commits before the read starts is seen by every one of them
    expect(await Promise.all(first)).toEqual(['v2', 'v2', 'v2']);
    expect(version.reads).toBe(1);
  });

  it('when a request asks after a read started, then it gets a read of its own, which sees what committed meanwhile', async () => {
    let token = 'v1';
    const releases: (() => void)[] = [];
    // the stub reads the token when its read starts, and answers when released
    const version = new GraphVersion(() => {
      const seen = token;
      return new Promise((resolve) => releases.push(() => resolve(seen)));
    });
    const early = version.current();
    await new Promise((resolve) => setImmediate(resolve)); // the read has started
    token = 'v2'; // an ingest commits while it runs
    const late = version.current();
    await new Promise((resolve) => setImmediate(resolve));
    releases.forEach((release) => release());
    expect(await early).toBe('v1');
    expect(await late).toBe('v2');
    expect(version.reads).toBe(2);
  });
});
