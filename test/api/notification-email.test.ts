import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notify } from '../../src/server/features/notifications/notify.js';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../src/shared/notifications.js';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { signedInClient } from '../helpers/factories.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

type Signed = Awaited<ReturnType<typeof signedInClient>>;
const DATA = { partnershipId: 'pp1', groupId: 'gg1', groupName: 'Evening Circle', sosId: 'ss1' };
const PATHS: Record<NotificationKind, string> = {
  'partner.request': '/partners/pp1',
  'partner.accepted': '/partners/pp1',
  'partner.nudge': '/partners/pp1',
  'partner.message': '/partners/pp1',
  'mentor.request': '/partners/pp1',
  'mentor.accepted': '/partners/pp1',
  'mentor.approval_request': '/groups/gg1',
  'mentor.approved': '/groups/gg1',
  'sos.alert': '/sos/ss1',
  'sos.response': '/sos/ss1',
  'sos.followup': '/checkin',
  'reminder.checkin': '/checkin',
  'reminder.high_risk': '/plan',
  'reminder.partner_high_risk': '/partners/pp1',
  'grant.received': '/settings#sharing',
};
const ALL_BY_EMAIL = NOTIFICATION_KINDS.map((kind) => ({ kind, inApp: true, email: true }));

for (const dialect of DIALECTS) {
  describe(`notification e-mails [${dialect}]`, () => {
    let t: TestApp;
    let smtp: TestSmtp;
    let now = new Date();
    let actor: Signed;
    let english: Signed;
    let spanish: Signed;

    /** Notifies, then runs every due job (the worker's own clock decides what is due: real time). */
    async function notifyAndRun(accountId: string, kind: NotificationKind, data: Record<string, unknown> = DATA) {
      const id = await notify(t.app.ctx.db, { accountId, kind, data, actorId: actor.account.id });
      await t.app.ctx.worker.drain();
      return id;
    }
    const mailsTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));
    /** The mail of one notification (its Message-ID is the notification's id). */
    async function mailOf(id: string) {
      const find = () => smtp.messages.find((m) => m.messageId === `<${id}@kindred.test>`);
      await expect.poll(() => find() !== undefined, { timeout: 5000 }).toBe(true);
      return find()!;
    }

    beforeAll(async () => {
      smtp = await startSmtp();
      t = await buildTestApp(dialect, { SMTP_URL: smtp.url, RUN_WORKER: 'false', MAIL_FROM: 'Kindred <kindred@kindred.test>' }, { clock: () => now });
      actor = await signedInClient(t.app, { displayName: 'Sam' });
      english = await signedInClient(t.app, { displayName: 'Robin', email: 'robin@example.org', locale: 'en' });
      spanish = await signedInClient(t.app, { displayName: 'Lucía', email: 'lucia@example.org', locale: 'es', timeZone: 'Europe/Madrid' });
      for (const who of [english, spanish]) {
        expect((await who.client.put('/api/me/notification-preferences', { kinds: ALL_BY_EMAIL })).statusCode).toBe(200);
      }
    });
    afterAll(async () => {
      await t.close();
      await smtp.close();
    });
    beforeEach(() => {
      now = new Date();
    });

    it('writes each kind in English, kindly, with its link in the app', async () => {
      for (const kind of NOTIFICATION_KINDS) {
        const id = await notifyAndRun(english.account.id, kind);
        const mail = await mailOf(id);
        expect(mail.to).toEqual(['robin@example.org']);
        expect(mail.text, kind).toMatch(/^Hi Robin,\n/);
        expect(mail.text, kind).toContain(`${TEST_ORIGIN}${PATHS[kind]}\n`);
        expect(mail.text, kind).toContain(`${TEST_ORIGIN}/settings#notifications`);
        expect(mail.text, kind).not.toMatch(/\b(addicts?|clean|dirty|relapsed?|failed)\b/i);
      }
      const subjects = new Map(mailsTo('robin@example.org').map((m) => [m.subject, m.text]));
      expect(subjects.get('Sam would like to be accountability partners')).toContain('You can accept or decline whenever you are ready.');
      expect(subjects.get('Sam is asking for support now')).toContain('let them know you are there');
      expect(subjects.get('Sam offered to mentor in Evening Circle')).toContain('As part of the core team');
      expect(subjects.has('Time for your check-in')).toBe(true);
    });

    it('writes each kind in Spanish to a member who reads Kindred in Spanish', async () => {
      for (const kind of NOTIFICATION_KINDS) {
        const id = await notifyAndRun(spanish.account.id, kind);
        const mail = await mailOf(id);
        expect(mail.to).toEqual(['lucia@example.org']);
        expect(mail.text, kind).toMatch(/^Hola, Lucía:\n/);
        expect(mail.text, kind).toContain(`${TEST_ORIGIN}${PATHS[kind]}\n`);
        expect(mail.text, kind).toContain('Ajustes');
      }
      const subjects = new Map(mailsTo('lucia@example.org').map((m) => [m.subject, m.text]));
      expect(subjects.get('Sam está pidiendo apoyo ahora')).toContain('hazle saber que estás ahí');
      expect(subjects.get('Sam te invita a ser compañeros de apoyo')).toContain('cuando quieras');
      expect(subjects.has('Es hora de tu registro diario')).toBe(true);
    });

    it('quotes the member’s own words to themselves, and nobody else’s', async () => {
      const own = await mailOf(await notifyAndRun(english.account.id, 'reminder.high_risk', { message: 'Text Sam, then the 7pm meeting' }));
      expect(own.text).toContain('Your note to yourself: “Text Sam, then the 7pm meeting”');
      const theirs = await mailOf(await notifyAndRun(english.account.id, 'sos.alert', { sosId: 'ss2', message: 'Rough night, please call' }));
      expect(`${theirs.subject}\n${theirs.text}`).not.toContain('Rough night');
      const propia = await mailOf(await notifyAndRun(spanish.account.id, 'reminder.high_risk', { message: 'Llamar a Sam' }));
      expect(propia.text).toContain('Tu nota para ti: «Llamar a Sam»');
    });

    it('sends nothing for a kind the member turned off by e-mail, or to a member without an address', async () => {
      const { client, account } = await signedInClient(t.app, { email: 'quiet@example.org' });
      await client.put('/api/me/notification-preferences', { kinds: [{ kind: 'partner.request', inApp: true, email: false }] });
      const noAddress = await signedInClient(t.app);
      const before = smtp.messages.length;
      await notifyAndRun(account.id, 'partner.request');
      await notifyAndRun(noAddress.account.id, 'sos.alert');
      // A kind left on still goes, and arrives after anything sent before it.
      await notifyAndRun(account.id, 'mentor.request');
      await smtp.waitFor(before + 1);
      expect(smtp.messages.slice(before).map((m) => [m.to, m.subject])).toEqual([[['quiet@example.org'], 'Sam asked you to be their mentor']]);
      // partner.message is in the app only unless the member asks for e-mail.
      const fresh = await signedInClient(t.app, { email: 'fresh@example.org' });
      await notifyAndRun(fresh.account.id, 'partner.message');
      await notifyAndRun(fresh.account.id, 'partner.request');
      await smtp.waitFor(before + 2);
      expect(mailsTo('fresh@example.org').map((m) => m.subject)).toEqual(['Sam would like to be accountability partners']);
    });

    it('holds a partner request during quiet hours until they end, but never an SOS', async () => {
      const { client, account } = await signedInClient(t.app, { email: 'night@example.org', timeZone: 'America/Chicago' });
      await client.put('/api/me/notification-preferences', { quietHours: { start: '22:00', end: '07:00' } });
      // 02:00 in Chicago (CST), in a future night so the held job is not yet due for the worker.
      now = new Date('2031-01-15T08:00:00Z');
      const request = await notifyAndRun(account.id, 'partner.request');
      const sos = await notifyAndRun(account.id, 'sos.alert');
      await expect.poll(() => mailsTo('night@example.org').map((m) => m.subject)).toEqual(['Sam is asking for support now']);

      const held = await t.app.ctx.db.selectFrom('jobs').selectAll().where('kind', '=', 'notification.email').where('payload', 'like', `%${request}%`).where('status', '=', 'queued').execute();
      expect(held.map((j) => [j.run_at, j.dedupe_key])).toEqual([['2031-01-15T13:00:00.000Z', `email:${request}:2031-01-15T13:00:00.000Z`]]);
      expect(sos).toBeTruthy();

      // 07:00 comes: the held job is due (its run_at moved to the worker's real now) and sends.
      now = new Date('2031-01-15T13:00:00Z');
      await t.app.ctx.db.updateTable('jobs').set({ run_at: new Date().toISOString() }).where('id', '=', held[0]!.id).execute();
      await t.app.ctx.worker.drain();
      await expect.poll(() => mailsTo('night@example.org').map((m) => m.subject)).toEqual(['Sam is asking for support now', 'Sam would like to be accountability partners']);
    });

    it('holds mails about a partnership during the quiet hours the partners agreed on', async () => {
      const { client, account } = await signedInClient(t.app, { email: 'pair@example.org', timeZone: 'America/Chicago' });
      await client.put('/api/me/notification-preferences', { kinds: ALL_BY_EMAIL });
      const at = new Date().toISOString();
      const partnership = (quiet: [string, string] | [null, null]) => ({
        id: randomUUID(), kind: 'partner', group_id: null, requester_id: actor.account.id, addressee_id: account.id, status: 'active',
        message: null, quiet_start: quiet[0], quiet_end: quiet[1], created_at: at, responded_at: at, ended_at: null, ended_by: null,
      });
      const quiet = partnership(['21:00', '08:00']);
      const open = partnership([null, null]);
      await t.app.ctx.db.insertInto('partnerships').values([quiet, open]).execute();
      now = new Date('2031-01-15T04:00:00Z'); // 22:00 in Chicago
      const held = await notifyAndRun(account.id, 'partner.nudge', { partnershipId: quiet.id, name: 'Sam', nudge: 'thinking_of_you' });
      await notifyAndRun(account.id, 'partner.nudge', { partnershipId: open.id, name: 'Sam', nudge: 'check_in' });
      await expect.poll(() => mailsTo('pair@example.org').length).toBe(1);
      const waiting = await t.app.ctx.db.selectFrom('jobs').select('run_at').where('payload', 'like', `%${held}%`).where('kind', '=', 'notification.email').where('status', '=', 'queued').execute();
      expect(waiting).toEqual([{ run_at: '2031-01-15T14:00:00.000Z' }]);
    });

    it('holds a mail once, however often the delivery runs during quiet hours', async () => {
      const { client, account } = await signedInClient(t.app, { email: 'owl@example.org', timeZone: 'Asia/Tokyo' });
      await client.put('/api/me/notification-preferences', { quietHours: { start: '12:00', end: '13:30' } });
      now = new Date('2031-06-01T03:15:00Z'); // 12:15 in Tokyo
      const id = await notifyAndRun(account.id, 'reminder.checkin');
      // The delivery runs again (at least once means sometimes twice): still one held copy.
      await t.app.ctx.db.updateTable('jobs').set({ status: 'queued', run_at: new Date().toISOString() }).where('dedupe_key', '=', `email:${id}`).execute();
      await t.app.ctx.worker.drain();
      const held = await t.app.ctx.db.selectFrom('jobs').select('run_at').where('payload', 'like', `%${id}%`).where('kind', '=', 'notification.email').where('status', '=', 'queued').execute();
      expect(held).toEqual([{ run_at: '2031-06-01T04:30:00.000Z' }]);
      expect(mailsTo('owl@example.org')).toEqual([]);
    });
  });
}
