import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../../src/server/features/notifications/notify.js';
import { closeLiveConnections } from '../../src/server/realtime/live.js';
import { LIVE_SESSION_ENDED, type LiveEvent } from '../../src/shared/live-events.js';
import type { NotificationKind } from '../../src/shared/notifications.js';
import { buildPeerApp, buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { signedInClient } from '../helpers/factories.js';
import { liveUrl, openLive, refusal } from '../helpers/live.js';

type Signed = Awaited<ReturnType<typeof signedInClient>>;
const HEARTBEAT_MS = 150;
const isNotification = (id: string) => (e: LiveEvent) => e.type === 'notification' && e.id === id;

async function notifyNow(t: Pick<TestApp, 'app'>, accountId: string, kind: NotificationKind = 'partner.nudge', data = {}) {
  const id = await notify(t.app.ctx.db, { accountId, kind, data });
  t.app.ctx.worker.wake();
  return id;
}

/** Waits until every delivery job of the notification has finished. */
async function delivered(t: TestApp, notificationId: string) {
  await expect
    .poll(async () => {
      const rows = await t.app.ctx.db.selectFrom('jobs').select('status').where('payload', 'like', `%${notificationId}%`).execute();
      return rows.length > 0 && rows.every((r) => r.status === 'done');
    })
    .toBe(true);
}

for (const dialect of DIALECTS) {
  describe(`live WebSocket [${dialect}]`, () => {
    let t: TestApp;
    let url: string;
    let ana: Signed;
    let ben: Signed;
    beforeAll(async () => {
      t = await buildTestApp(dialect, {}, { liveHeartbeatMs: HEARTBEAT_MS });
      url = await liveUrl(t.app);
      ana = await signedInClient(t.app);
      ben = await signedInClient(t.app);
    });
    afterAll(() => t.close());

    it('refuses a signed-out socket (401), a foreign or missing Origin (403), and plain HTTP (426)', async () => {
      expect(await refusal(url, undefined)).toBe(401);
      expect(await refusal(url, 'kindred_session=not-a-real-token')).toBe(401);
      expect(await refusal(url, ana.client.cookie, 'http://evil.example')).toBe(403);
      expect(await refusal(url, ana.client.cookie, null)).toBe(403);
      const plain = await ana.client.get('/api/live', { origin: 'http://kindred.test' });
      expect(plain.statusCode).toBe(426);
    });

    it('says hello first, then brings my notifications and nobody else’s', async () => {
      const anaLive = await openLive(url, ana.client.cookie);
      const benLive = await openLive(url, ben.client.cookie);
      expect(await anaLive.next(() => true)).toEqual({ type: 'hello' });
      await benLive.next((e) => e.type === 'hello');

      const forAna = await notifyNow(t, ana.account.id, 'partner.request', { partnershipId: 'p1' });
      expect(await anaLive.next(isNotification(forAna))).toEqual({ type: 'notification', id: forAna, kind: 'partner.request' });
      const forBen = await notifyNow(t, ben.account.id);
      await benLive.next(isNotification(forBen));
      await delivered(t, forAna);
      expect(benLive.events.some(isNotification(forAna))).toBe(false);
      expect(anaLive.events.some(isNotification(forBen))).toBe(false);
      anaLive.socket.close();
      benLive.socket.close();
    });

    it('leaves out the live alert of a kind I turned off in the app (it still lists)', async () => {
      const res = await ana.client.put('/api/me/notification-preferences', { kinds: [{ kind: 'partner.nudge', inApp: false, email: false }] });
      expect(res.statusCode).toBe(200);
      const live = await openLive(url, ana.client.cookie);
      const quiet = await notifyNow(t, ana.account.id, 'partner.nudge');
      const loud = await notifyNow(t, ana.account.id, 'partner.message');
      await live.next(isNotification(loud));
      await delivered(t, quiet);
      expect(live.events.some(isNotification(quiet))).toBe(false);
      const list = (await ana.client.get('/api/notifications')).json() as Array<{ id: string }>;
      expect(list.map((n) => n.id)).toContain(quiet);
      live.socket.close();
    });

    it('tells my other apps when I read notifications', async () => {
      const live = await openLive(url, ana.client.cookie);
      await live.next((e) => e.type === 'hello');
      expect((await ana.client.post('/api/notifications/read-all')).statusCode).toBe(204);
      expect(await live.next((e) => e.type === 'notification.read')).toEqual({ type: 'notification.read' });
      live.socket.close();
    });

    it('closes with 4401 when the session logs out', async () => {
      const { client } = await signedInClient(t.app);
      const live = await openLive(url, client.cookie);
      await live.next((e) => e.type === 'hello');
      expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
      expect(await live.closed).toBe(LIVE_SESSION_ENDED);
    });

    it('closes an account’s sockets on request from another feature, only that session’s when named', async () => {
      const { client, account } = await signedInClient(t.app);
      const first = await openLive(url, client.cookie);
      await first.next((e) => e.type === 'hello');
      const sessions = (await client.get('/api/me/sessions')).json() as { sessions: Array<{ id: string }> };
      await closeLiveConnections(t.app.ctx.hub, account.id, 'another-session');
      await closeLiveConnections(t.app.ctx.hub, ana.account.id);
      // Events arrive in order: a later one getting through shows those two left it open.
      await t.app.ctx.hub.publish(account.id, { type: 'notification.read', id: 'probe' });
      await first.next((e) => e.type === 'notification.read');
      await closeLiveConnections(t.app.ctx.hub, account.id, sessions.sessions[0]!.id);
      expect(await first.closed).toBe(LIVE_SESSION_ENDED);
    });

    it('drops a socket that stops answering pings', async () => {
      const live = await openLive(url, ana.client.cookie, { autoPong: false });
      await live.next((e) => e.type === 'hello');
      expect(await live.closed).toBe(1006);
    });
  });
}

describe.skipIf(!DIALECTS.includes('postgres'))('live events across processes [postgres]', () => {
  let a: TestApp;
  let b: Awaited<ReturnType<typeof buildPeerApp>>;
  let member: Signed;
  beforeAll(async () => {
    a = await buildTestApp('postgres');
    // B runs no jobs: what reaches B's sockets was delivered by A, through PostgreSQL.
    b = await buildPeerApp(a, { runWorker: false });
    member = await signedInClient(a.app);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('brings a notification created on app A to a socket open on app B', async () => {
    const live = await openLive(await liveUrl(b.app), member.client.cookie);
    await live.next((e) => e.type === 'hello');
    const id = await notifyNow(a, member.account.id, 'sos.alert', { sosId: 's1' });
    expect(await live.next(isNotification(id))).toEqual({ type: 'notification', id, kind: 'sos.alert' });
    live.socket.close();
  });

  it('keeps listening after PostgreSQL drops the listener connection', async () => {
    const live = await openLive(await liveUrl(b.app), member.client.cookie);
    await live.next((e) => e.type === 'hello');
    const dropped = await sql<{ pid: number }>`
      select pg_terminate_backend(pid) as pid from pg_stat_activity
      where application_name = 'kindred-live' and datname = current_database()`.execute(a.app.ctx.db);
    expect(dropped.rows.length).toBe(2);
    // Events published while B reconnects are not replayed: publish until one gets through.
    await expect
      .poll(
        async () => {
          await a.app.ctx.hub.publish(member.account.id, { type: 'notification.read', id: 'after-reconnect' });
          return live.events.some((e) => e.type === 'notification.read' && e.id === 'after-reconnect');
        },
        { timeout: 10_000, interval: 200 },
      )
      .toBe(true);
    live.socket.close();
  });
});

for (const dialect of DIALECTS) {
  // The default heartbeat (25 s) is longer than a test may take: these sockets must close
  // because the session ended, not because a heartbeat re-checked it.
  describe(`live WebSocket, sessions ending [${dialect}]`, () => {
    let t: TestApp;
    let url: string;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      url = await liveUrl(t.app);
    });
    afterAll(() => t.close());

    it('closes at once on logout', async () => {
      const { client } = await signedInClient(t.app);
      const live = await openLive(url, client.cookie);
      await live.next((e) => e.type === 'hello');
      await client.post('/api/auth/logout');
      expect(await live.closed).toBe(LIVE_SESSION_ENDED);
    });

    it('closes the other sessions\' sockets at once on a password change, and only theirs', async () => {
      const { client, input } = await signedInClient(t.app);
      const other = new TestClient(t.app);
      expect((await other.post('/api/auth/login', { username: input.username, password: input.password })).statusCode).toBe(200);
      const mine = await openLive(url, client.cookie);
      const theirs = await openLive(url, other.cookie);
      await Promise.all([mine.next((e) => e.type === 'hello'), theirs.next((e) => e.type === 'hello')]);
      const res = await client.post('/api/me/password', { currentPassword: input.password, newPassword: 'a new and quiet river 77' });
      expect(res.statusCode).toBe(204);
      expect(await theirs.closed).toBe(LIVE_SESSION_ENDED);
      expect(mine.socket.readyState).toBe(mine.socket.OPEN);
      mine.socket.close();
    });

    it('closes a revoked session\'s socket at once, and the whole account\'s when it is deleted', async () => {
      const { client, input } = await signedInClient(t.app);
      const other = new TestClient(t.app);
      await other.post('/api/auth/login', { username: input.username, password: input.password });
      const theirs = await openLive(url, other.cookie);
      await theirs.next((e) => e.type === 'hello');
      const sessions = (await client.get('/api/me/sessions')).json() as { sessions: Array<{ id: string; current: boolean }> };
      const target = sessions.sessions.find((s) => !s.current);
      expect((await client.delete(`/api/me/sessions/${target!.id}`)).statusCode).toBe(204);
      expect(await theirs.closed).toBe(LIVE_SESSION_ENDED);

      const mine = await openLive(url, client.cookie);
      await mine.next((e) => e.type === 'hello');
      expect((await client.delete('/api/me', { password: input.password })).statusCode).toBe(204);
      expect(await mine.closed).toBe(LIVE_SESSION_ENDED);
    });
  });
}
