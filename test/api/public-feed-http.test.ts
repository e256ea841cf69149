import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { buildMeeting, createGroup, signedInClient } from '../helpers/factories.js';

/** What the Meeting Guide app, tsml-ui and browsers send. */
const BROWSER_CODINGS = 'gzip, deflate, br';
const FEEDS = ['/api/public/meetings.json', '/api/public/groups'];

for (const dialect of DIALECTS) {
  describe(`public feeds over HTTP: compression, ETag, freshness [${dialect}]`, () => {
    let t: TestApp;
    let reader: TestClient;
    let author: TestClient;
    let groupId: string;

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      reader = new TestClient(t.app);
      ({ client: author } = await signedInClient(t.app));
      groupId = (await createGroup(author, { name: 'Harbor Lights', listed: true })).id;
      for (const title of ['Dawn circle', 'Noon circle', 'Dusk circle']) {
        const res = await author.post(`/api/groups/${groupId}/meetings`, buildMeeting({ title, open: true }));
        expect(res.statusCode).toBe(201);
      }
    });
    afterAll(() => t.close());

    for (const url of FEEDS) {
      it(`${url}: the same JSON as identity, gzip and brotli, each with its own strong ETag`, async () => {
        const plain = await reader.get(url);
        expect(plain.statusCode).toBe(200);
        expect(plain.headers['content-encoding']).toBeUndefined();
        expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(plain.headers.vary).toBe('Accept-Encoding');
        expect(plain.body).toContain('Dawn circle');
        const json = plain.json() as unknown;

        const br = await reader.get(url, { 'accept-encoding': BROWSER_CODINGS });
        expect(br.headers['content-encoding']).toBe('br');
        expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(json);
        expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length);

        const gz = await reader.get(url, { 'accept-encoding': 'gzip, deflate' });
        expect(gz.headers['content-encoding']).toBe('gzip');
        expect(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(json);

        const etags = [plain, br, gz].map((r) => String(r.headers.etag));
        for (const etag of etags) expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
        expect(new Set(etags).size).toBe(3);
      });

      it(`${url}: If-None-Match with the current ETag gives 304 without a body, keeping the cache headers`, async () => {
        const first = await reader.get(url, { 'accept-encoding': BROWSER_CODINGS });
        const etag = String(first.headers.etag);
        const again = await reader.get(url, { 'accept-encoding': BROWSER_CODINGS, 'if-none-match': etag });
        expect(again.statusCode).toBe(304);
        expect(again.rawPayload.length).toBe(0);
        expect(again.headers.etag).toBe(etag);
        expect(again.headers['cache-control']).toBe(first.headers['cache-control']);
        expect(again.headers.vary).toBe('Accept-Encoding');
        // A weak form of the same tag also matches; another version's tag does not.
        expect((await reader.get(url, { 'accept-encoding': BROWSER_CODINGS, 'if-none-match': `"old", W/${etag}` })).statusCode).toBe(304);
        expect((await reader.get(url, { 'accept-encoding': BROWSER_CODINGS, 'if-none-match': '"old"' })).statusCode).toBe(200);
        // The gzip tag does not validate the brotli body.
        const gzEtag = String((await reader.get(url, { 'accept-encoding': 'gzip' })).headers.etag);
        expect((await reader.get(url, { 'accept-encoding': BROWSER_CODINGS, 'if-none-match': gzEtag })).statusCode).toBe(200);
      });
    }

    it('keeps CORS on the compressed Meeting Guide feed and on its 304', async () => {
      const res = await reader.get('/api/public/meetings.json', { 'accept-encoding': BROWSER_CODINGS, origin: 'https://finder.example.org' });
      expect(res.headers['access-control-allow-origin']).toBe('*');
      const notModified = await reader.get('/api/public/meetings.json', {
        'accept-encoding': BROWSER_CODINGS,
        'if-none-match': String(res.headers.etag),
      });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.headers['access-control-allow-origin']).toBe('*');
    });

    it('a change gives a new ETag at once, so a client holding the old one gets the new feed', async () => {
      const before = await reader.get('/api/public/meetings.json', { 'accept-encoding': BROWSER_CODINGS });
      const created = await author.post(`/api/groups/${groupId}/meetings`, buildMeeting({ title: 'Midnight circle', open: true }));
      expect(created.statusCode).toBe(201);
      const after = await reader.get('/api/public/meetings.json', { 'accept-encoding': BROWSER_CODINGS, 'if-none-match': String(before.headers.etag) });
      expect(after.statusCode).toBe(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(brotliDecompressSync(after.rawPayload).toString('utf8')).toContain('Midnight circle');
    });

    it('shows a change made by another process (straight in the database) within about a second', async () => {
      const names = async () => ((await reader.get('/api/public/meetings.json')).json() as Array<{ name: string }>).map((m) => m.name);
      expect(await names()).toContain('Noon circle');
      // Another process's write: the database changes, this process's in-memory version does not.
      await t.database.db
        .updateTable('meeting_series')
        .set({ title: 'Afternoon circle', updated_at: new Date(Date.now() + 1000).toISOString() })
        .where('title', '=', 'Noon circle')
        .execute();
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const now = await names();
      expect(now).toContain('Afternoon circle');
      expect(now).not.toContain('Noon circle');
    });
  });
}
