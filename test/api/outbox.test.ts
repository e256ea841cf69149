import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { signedInClient } from '../helpers/factories.js';

type Signed = Awaited<ReturnType<typeof signedInClient>>;
interface OutboxPage {
  mails: Array<{ id: string; to: string; subject: string; text: string; createdAt: string }>;
  next: string | null;
}

for (const dialect of DIALECTS) {
  describe(`admin mail outbox [${dialect}]`, () => {
    let t: TestApp;
    let admin: Signed;
    let member: Signed;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      // The first account of an instance is its admin.
      admin = await signedInClient(t.app);
      member = await signedInClient(t.app);
      expect(admin.account.role).toBe('admin');
      expect(member.account.role).toBeNull();
      // Without SMTP_URL the app's mailer keeps mail in the outbox: 7 mails, sent in turn.
      expect(t.app.ctx.mailer.kind).toBe('outbox');
      for (let i = 0; i < 7; i++) await t.app.ctx.mailer.send({ to: `member${i}@example.org`, subject: `Mail ${i}`, text: `Line one\nLine two ${i}`, messageId: `m${i}` });
      // Two mails in the same millisecond: the page order still holds (by id after the instant).
      const sameInstant = new Date(Date.now() + 60_000).toISOString();
      await t.database.db.updateTable('mail_outbox').set({ created_at: sameInstant }).where('id', 'in', ['m5', 'm6']).execute();
    });
    afterAll(() => t.close());

    it('lists the outbox for the instance admin, newest first, page by page', async () => {
      const seen: OutboxPage['mails'] = [];
      let next: string | null = null;
      let pages = 0;
      do {
        const res = await admin.client.get(`/api/admin/outbox?limit=3${next ? `&before=${next}` : ''}`);
        expect(res.statusCode).toBe(200);
        const page = res.json() as OutboxPage;
        expect(page.mails.length).toBeLessThanOrEqual(3);
        seen.push(...page.mails);
        next = page.next;
        pages += 1;
      } while (next);
      expect(pages).toBe(3);
      expect(seen.map((m) => m.id)).toEqual(['m6', 'm5', 'm4', 'm3', 'm2', 'm1', 'm0']);
      expect(seen[2]).toEqual({ id: 'm4', to: 'member4@example.org', subject: 'Mail 4', text: 'Line one\nLine two 4', createdAt: expect.any(String) });
      const createdAt = seen.map((m) => m.createdAt);
      expect([...createdAt].sort().reverse()).toEqual(createdAt);
    });

    it('answers a full first page with the default size and no next page', async () => {
      const page = (await admin.client.get('/api/admin/outbox')).json() as OutboxPage;
      expect(page.mails).toHaveLength(7);
      expect(page.next).toBeNull();
    });

    it('refuses members who are not the instance admin, and people signed out', async () => {
      const res = await member.client.get('/api/admin/outbox');
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('admin_only');
      expect(res.body).not.toContain('example.org');
      expect((await new TestClient(t.app).get('/api/admin/outbox')).statusCode).toBe(401);
    });

    it('answers 400 naming the field for a cursor it did not make or a bad size', async () => {
      for (const query of ['before=not-a-cursor', `before=${Buffer.from('[1,2]').toString('base64url')}`, 'limit=0', 'limit=500']) {
        const res = await admin.client.get(`/api/admin/outbox?${query}`);
        expect(res.statusCode, query).toBe(400);
      }
      expect((await admin.client.get('/api/admin/outbox?before=x')).json().error.details).toEqual([{ field: 'querystring.before', message: 'is not a page cursor' }]);
    });
  });
}
