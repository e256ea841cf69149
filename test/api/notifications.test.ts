import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../../src/server/features/notifications/notify.js';
import type { NotificationItem } from '../../src/shared/notification-items.js';
import type { NotificationPreferences } from '../../src/shared/notification-preferences.js';
import type { NotificationKind } from '../../src/shared/notifications.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { signedInClient } from '../helpers/factories.js';

type Signed = Awaited<ReturnType<typeof signedInClient>>;
const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { details: { field: string }[] } }).error.details.map((d) => d.field);

for (const dialect of DIALECTS) {
  describe(`notification centre [${dialect}]`, () => {
    let t: TestApp;
    let ana: Signed;
    let ben: Signed;
    /** Ana's notifications, oldest first, a minute apart. */
    const ids: string[] = [];

    async function add(accountId: string, kind: NotificationKind, createdAt: string, data = {}, actorId?: string) {
      const id = await notify(t.app.ctx.db, { accountId, kind, data, actorId: actorId ?? null });
      await t.app.ctx.db.updateTable('notifications').set({ created_at: createdAt }).where('id', '=', id).execute();
      return id;
    }

    beforeAll(async () => {
      // Deliveries stay queued: these tests are about the centre itself.
      t = await buildTestApp(dialect, { RUN_WORKER: 'false' });
      ana = await signedInClient(t.app, { displayName: 'Ana' });
      ben = await signedInClient(t.app, { displayName: 'Ben' });
      for (let i = 0; i < 5; i++) {
        ids.push(await add(ana.account.id, 'partner.request', `2026-11-20T10:0${i}:00.000Z`, { partnershipId: `p${i}` }, ben.account.id));
      }
      await add(ben.account.id, 'reminder.checkin', '2026-11-20T10:00:30.000Z');
    });
    afterAll(() => t.close());

    it('lists my notifications newest first, with who caused them and where they lead', async () => {
      const res = await ana.client.get('/api/notifications');
      expect(res.statusCode).toBe(200);
      const list = res.json() as NotificationItem[];
      expect(list.map((n) => n.id)).toEqual([...ids].reverse());
      expect(list[0]).toEqual({
        id: ids[4],
        kind: 'partner.request',
        createdAt: '2026-11-20T10:04:00.000Z',
        readAt: null,
        data: { partnershipId: 'p4' },
        actorName: 'Ben',
        path: '/partners/p4',
      });
      const bens = (await ben.client.get('/api/notifications')).json() as NotificationItem[];
      expect(bens).toEqual([expect.objectContaining({ kind: 'reminder.checkin', actorName: null, path: '/checkin' })]);
    });

    it('pages with before and limit', async () => {
      const first = (await ana.client.get('/api/notifications?limit=2')).json() as NotificationItem[];
      expect(first.map((n) => n.id)).toEqual([ids[4], ids[3]]);
      const second = (await ana.client.get(`/api/notifications?limit=2&before=${encodeURIComponent(first[1]!.createdAt)}`)).json() as NotificationItem[];
      expect(second.map((n) => n.id)).toEqual([ids[2], ids[1]]);
      const last = (await ana.client.get(`/api/notifications?limit=2&before=${encodeURIComponent(second[1]!.createdAt)}`)).json() as NotificationItem[];
      expect(last.map((n) => n.id)).toEqual([ids[0]]);
      // Any offset is read as the instant it names.
      const offset = (await ana.client.get(`/api/notifications?before=${encodeURIComponent('2026-11-20T11:02:00+01:00')}`)).json() as NotificationItem[];
      expect(offset.map((n) => n.id)).toEqual([ids[1], ids[0]]);
    });

    it('refuses a bad page, naming the field', async () => {
      const zero = await ana.client.get('/api/notifications?limit=0');
      expect(zero.statusCode).toBe(400);
      expect(fieldsOf(zero)).toEqual(['querystring.limit']);
      const huge = await ana.client.get('/api/notifications?limit=101');
      expect(fieldsOf(huge)).toEqual(['querystring.limit']);
      const when = await ana.client.get('/api/notifications?before=yesterday');
      expect(fieldsOf(when)).toEqual(['querystring.before']);
    });

    it('counts unread, reads one (mine only) and then all', async () => {
      const count = async (who: Signed) => ((await who.client.get('/api/notifications/unread-count')).json() as { count: number }).count;
      expect(await count(ana)).toBe(5);
      expect((await ana.client.post(`/api/notifications/${ids[0]}/read`)).statusCode).toBe(204);
      expect(await count(ana)).toBe(4);
      const one = (await ana.client.get(`/api/notifications/${ids[0]}`)).json() as NotificationItem;
      expect(one.readAt).not.toBeNull();
      // Reading again keeps the first time it was read.
      expect((await ana.client.post(`/api/notifications/${ids[0]}/read`)).statusCode).toBe(204);
      expect(((await ana.client.get(`/api/notifications/${ids[0]}`)).json() as NotificationItem).readAt).toBe(one.readAt);

      expect((await ben.client.post(`/api/notifications/${ids[1]}/read`)).statusCode).toBe(404);
      expect((await ben.client.get(`/api/notifications/${ids[1]}`)).statusCode).toBe(404);
      expect((await ana.client.post(`/api/notifications/${crypto.randomUUID()}/read`)).statusCode).toBe(404);
      const bad = await ana.client.post('/api/notifications/not-an-id/read');
      expect(fieldsOf(bad)).toEqual(['params.id']);
      expect(await count(ana)).toBe(4);

      expect((await ana.client.post('/api/notifications/read-all')).statusCode).toBe(204);
      expect(await count(ana)).toBe(0);
      expect(await count(ben)).toBe(1);
    });

    it('answers 401 signed out', async () => {
      for (const url of ['/api/notifications', '/api/notifications/unread-count', '/api/me/notification-preferences']) {
        expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
      }
    });
  });

  describe(`notification preferences [${dialect}]`, () => {
    let t: TestApp;
    let me: Signed;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      me = await signedInClient(t.app);
    });
    afterAll(() => t.close());

    const prefs = async () => (await me.client.get('/api/me/notification-preferences')).json() as NotificationPreferences;
    const of = (p: NotificationPreferences, kind: NotificationKind) => p.kinds.find((k) => k.kind === kind);

    it('starts from the defaults: every kind in the app, e-mail for what matters when the app is closed', async () => {
      const p = await prefs();
      expect(p.kinds).toHaveLength(15);
      expect(p.quietHours).toBeNull();
      expect(of(p, 'sos.alert')).toEqual({ kind: 'sos.alert', inApp: true, email: true });
      expect(of(p, 'partner.request')).toEqual({ kind: 'partner.request', inApp: true, email: true });
      expect(of(p, 'partner.message')).toEqual({ kind: 'partner.message', inApp: true, email: false });
      expect(of(p, 'grant.received')).toEqual({ kind: 'grant.received', inApp: true, email: false });
      expect(p.kinds.every((k) => k.inApp)).toBe(true);
    });

    it('changes the kinds given and the quiet hours, leaving the rest', async () => {
      const res = await me.client.put('/api/me/notification-preferences', {
        kinds: [{ kind: 'partner.message', inApp: false, email: true }],
        quietHours: { start: '22:00', end: '07:00' },
      });
      expect(res.statusCode).toBe(200);
      const p = res.json() as NotificationPreferences;
      expect(of(p, 'partner.message')).toEqual({ kind: 'partner.message', inApp: false, email: true });
      expect(of(p, 'partner.nudge')).toEqual({ kind: 'partner.nudge', inApp: true, email: false });
      expect(p.quietHours).toEqual({ start: '22:00', end: '07:00' });
      expect(await prefs()).toEqual(p);

      const again = await me.client.put('/api/me/notification-preferences', { kinds: [{ kind: 'partner.message', inApp: true, email: false }] });
      expect((again.json() as NotificationPreferences).quietHours).toEqual({ start: '22:00', end: '07:00' });
      const off = await me.client.put('/api/me/notification-preferences', { quietHours: null });
      expect((off.json() as NotificationPreferences).quietHours).toBeNull();
      expect(of(await prefs(), 'partner.message')).toEqual({ kind: 'partner.message', inApp: true, email: false });
    });

    it('refuses bad choices, naming each field', async () => {
      const cases: Array<[unknown, string[]]> = [
        [{ quietHours: { start: '25:00', end: '07:00' } }, ['body.quietHours.start']],
        [{ quietHours: { start: '7:00', end: '07:5' } }, ['body.quietHours.end', 'body.quietHours.start']],
        [{ quietHours: { start: '22:00', end: '22:00' } }, ['body.quietHours.end']],
        [{ quietHours: { start: '22:00' } }, ['body.quietHours.end']],
        [{ kinds: [{ kind: 'partner.gossip', inApp: true, email: true }] }, ['body.kinds.0.kind']],
        [{ kinds: [{ kind: 'partner.request', inApp: 'yes', email: true }] }, ['body.kinds.0.inApp']],
        [{ kinds: [{ kind: 'partner.request', inApp: true, email: true }, { kind: 'sos.alert', inApp: false, email: false }] }, ['body.kinds.1.inApp']],
        [{ sound: true }, ['body.sound']],
      ];
      for (const [body, fields] of cases) {
        const res = await me.client.put('/api/me/notification-preferences', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(fieldsOf(res).sort(), JSON.stringify(body)).toEqual(fields);
      }
      expect((await prefs()).quietHours).toBeNull();
    });
  });
}
