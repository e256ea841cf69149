import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encode, PublicFeedCache } from './public-feed-cache.js';

function counter(values: string[]) {
  let calls = 0;
  return {
    ask: () => Promise.resolve(values[Math.min(calls++, values.length - 1)] ?? ''),
    get calls() {
      return calls;
    },
  };
}

describe('PublicFeedCache.stamp', () => {
  it('asks the database once per re-check interval while the local version stays', async () => {
    const cache = new PublicFeedCache(1000);
    const db = counter(['a', 'b']);
    expect(await cache.stamp('1', 0, db.ask)).toBe('a');
    expect(await cache.stamp('1', 999, db.ask)).toBe('a');
    expect(db.calls).toBe(1);
    expect(await cache.stamp('1', 1000, db.ask)).toBe('b');
    expect(db.calls).toBe(2);
  });

  it('asks again at once when this process changed the schedule', async () => {
    const cache = new PublicFeedCache(1000);
    const db = counter(['a', 'b']);
    await cache.stamp('1', 0, db.ask);
    expect(await cache.stamp('2', 1, db.ask)).toBe('b');
    expect(db.calls).toBe(2);
  });

  it('shares one query between concurrent requests and forgets a failed one', async () => {
    const cache = new PublicFeedCache(1000);
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(new Error('database away'));
    };
    const [x, y] = [cache.stamp('1', 0, failing), cache.stamp('1', 1, failing)];
    await expect(x).rejects.toThrow('database away');
    await expect(y).rejects.toThrow('database away');
    expect(calls).toBe(1);
    expect(await cache.stamp('1', 2, () => Promise.resolve('ok'))).toBe('ok');
  });
});

describe('PublicFeedCache.get', () => {
  it('renders once per stamp, also under concurrent requests', async () => {
    const cache = new PublicFeedCache();
    let renders = 0;
    const render = async () => ({ n: ++renders });
    const [a, b] = await Promise.all([cache.get('feed', 's1', render), cache.get('feed', 's1', render)]);
    expect(a).toBe(b);
    expect(renders).toBe(1);
    const c = await cache.get('feed', 's2', render);
    expect(c.identity.body.toString()).toBe('{"n":2}');
    expect(c.identity.etag).not.toBe(a.identity.etag);
  });

  it('does not keep a failed render', async () => {
    const cache = new PublicFeedCache();
    await expect(cache.get('feed', 's1', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect((await cache.get('feed', 's1', async () => [1])).identity.body.toString()).toBe('[1]');
  });
});

describe('encode', () => {
  it('gives the same bytes in every coding, and an ETag per coding that follows the content', async () => {
    const json = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ name: `Circle ${i}`, day: i % 7, time: '19:00' })));
    const feed = await encode(json);
    expect(feed.identity.body.toString('utf8')).toBe(json);
    expect(gunzipSync(feed.gzip.body).toString('utf8')).toBe(json);
    expect(brotliDecompressSync(feed.br.body).toString('utf8')).toBe(json);
    expect(feed.br.body.length).toBeLessThan(feed.gzip.body.length);
    expect(new Set([feed.identity.etag, feed.gzip.etag, feed.br.etag]).size).toBe(3);
    expect((await encode(json)).br.etag).toBe(feed.br.etag);
    expect((await encode(`${json} `)).br.etag).not.toBe(feed.br.etag);
  });
});
