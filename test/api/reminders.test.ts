import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/shared/recovery/local-date.js';
import { nextReminderAt, type Reminder } from '../../src/shared/reminders.js';
import { enqueue } from '../../src/server/jobs/queue.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { signedInClient } from '../helpers/factories.js';
import { startSmtp } from '../helpers/smtp.js';

type Signed = Awaited<ReturnType<typeof signedInClient>>;
const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { details: { field: string }[] } }).error.details.map((d) => d.field).sort();
const WINDOW = { kind: 'high_risk', days: ['FR'], time: '17:00', endTime: '21:00', message: 'Call Sam before going out', tellPartner: true };

for (const dialect of DIALECTS) {
  describe(`reminders [${dialect}]`, () => {
    let t: TestApp;
    let member: Signed;
    let other: Signed;
    beforeAll(async () => {
      // No background worker: the tests run due jobs themselves with drain().
      t = await buildTestApp(dialect, { RUN_WORKER: 'false' });
      member = await signedInClient(t.app, { timeZone: 'Europe/London', displayName: 'Robin' });
      other = await signedInClient(t.app);
    });
    afterAll(() => t.close());

    const db = () => t.app.ctx.db;
    const jobsOf = (id: string) => db().selectFrom('jobs').selectAll().where('kind', '=', 'reminder.fire').where('dedupe_key', 'like', `reminder:${id}:%`).orderBy('run_at').execute();
    const notificationsOf = async (accountId: string, kind: string) =>
      (await db().selectFrom('notifications').selectAll().where('account_id', '=', accountId).where('kind', '=', kind).execute()).map((n) => JSON.parse(n.data) as Record<string, unknown>);
    /** Makes every job of the reminder due now, as if its time had come, and runs the queue. */
    async function fireNow(id: string) {
      await db().updateTable('jobs').set({ run_at: new Date(Date.now() - 1000).toISOString() }).where('dedupe_key', 'like', `reminder:${id}:%`).where('status', '=', 'queued').execute();
      await t.app.ctx.worker.drain();
    }
    async function create(client: Signed, body: Record<string, unknown>) {
      const res = await client.client.post('/api/reminders', body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as Reminder;
    }

    it('schedules a Friday 17:00 London window at 17:00 London time, and queues exactly that job', async () => {
      const before = new Date();
      const reminder = await create(member, WINDOW);
      const after = new Date();
      const spec = { days: ['FR'] as const, time: '17:00', timeZone: 'Europe/London' };
      // "Now" moved on during the request: the right answer is the next fire from either end.
      const expected = [nextReminderAt(spec, before).toISOString(), nextReminderAt(spec, after).toISOString()];
      expect(reminder).toMatchObject({ kind: 'high_risk', days: ['FR'], time: '17:00', endTime: '21:00', message: 'Call Sam before going out', tellPartner: true, active: true });
      expect(expected).toContain(reminder.nextAt);
      const jobs = await jobsOf(reminder.id);
      expect(jobs).toHaveLength(1);
      expect(jobs[0]!.run_at).toBe(reminder.nextAt);
      expect(jobs[0]!.dedupe_key).toBe(`reminder:${reminder.id}:${reminder.nextAt}`);
      expect(JSON.parse(jobs[0]!.payload)).toEqual({ reminderId: reminder.id, at: reminder.nextAt });
      // A Friday 17:00 in London: 16:00Z in summer time, 17:00Z in winter.
      const at = new Date(reminder.nextAt!);
      expect(at.getUTCDay()).toBe(5);
      expect([16, 17]).toContain(at.getUTCHours());
      expect(localDate(at, 'Europe/London')).toBe(at.toISOString().slice(0, 10));
      const list = (await member.client.get('/api/reminders')).json() as { reminders: Reminder[] };
      expect(list.reminders.map((r) => r.id)).toContain(reminder.id);
    });

    it('refuses bad input with a 400 naming each field, and stores nothing', async () => {
      const count = (await member.client.get('/api/reminders')).json().reminders.length;
      const cases: [Record<string, unknown>, string[]][] = [
        [{ kind: 'checkin', days: [], time: '8pm' }, ['body.days', 'body.time']],
        [{ kind: 'checkin', days: ['MO', 'MO'], time: '24:00' }, ['body.days', 'body.time']],
        [{ kind: 'checkin', days: ['XX'], time: '20:00' }, ['body.days.0']],
        [{ kind: 'checkin', days: ['MO'], time: '20:00', endTime: '21:00', message: 'hi', tellPartner: true }, ['body.endTime', 'body.message', 'body.tellPartner']],
        [{ ...WINDOW, message: 'x'.repeat(201) }, ['body.message']],
        [{ ...WINDOW, endTime: '17:00' }, ['body.endTime']],
        [{ ...WINDOW, colour: 'red' }, ['body.colour']],
        [{ kind: 'nightly', days: ['MO'], time: '20:00' }, ['body.kind']],
      ];
      for (const [body, fields] of cases) {
        const res = await member.client.post('/api/reminders', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(fieldsOf(res)).toEqual(fields);
      }
      const checkin = await create(member, { kind: 'checkin', days: ['MO'], time: '20:00' });
      const patch = await member.client.patch(`/api/reminders/${checkin.id}`, { endTime: '21:00', days: [] });
      expect(patch.statusCode).toBe(400);
      expect(fieldsOf(patch)).toEqual(['body.days']);
      const onlyHighRisk = await member.client.patch(`/api/reminders/${checkin.id}`, { message: 'no' });
      expect(onlyHighRisk.statusCode).toBe(400);
      expect(fieldsOf(onlyHighRisk)).toEqual(['body.message']);
      expect((await member.client.patch('/api/reminders/not-an-id', { active: false })).statusCode).toBe(400);
      const list = (await member.client.get('/api/reminders')).json().reminders as Reminder[];
      expect(list).toHaveLength(count + 1);
      expect(list.find((r) => r.id === checkin.id)).toMatchObject({ days: ['MO'], time: '20:00', endTime: null, message: null });
      await member.client.delete(`/api/reminders/${checkin.id}`);
    });

    it('keeps reminders to their owner: others never see them, and get 404 on change or delete', async () => {
      const reminder = await create(member, { kind: 'checkin', days: ['TU'], time: '08:00' });
      expect((await other.client.get('/api/reminders')).json().reminders).toEqual([]);
      expect((await other.client.patch(`/api/reminders/${reminder.id}`, { active: false })).statusCode).toBe(404);
      expect((await other.client.delete(`/api/reminders/${reminder.id}`)).statusCode).toBe(404);
      expect((await member.client.get('/api/reminders')).json().reminders).toContainEqual(expect.objectContaining({ id: reminder.id, active: true }));
      expect((await member.client.delete(`/api/reminders/${reminder.id}`)).statusCode).toBe(204);
      expect((await member.client.delete(`/api/reminders/${reminder.id}`)).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: '/api/reminders' })).statusCode).toBe(401);
    });

    it('fires a high-risk window: my words to me, only "a harder time" to my partner, the next fire queued once', async () => {
      const partner = await signedInClient(t.app, { displayName: 'Sam' });
      const partnershipId = randomUUID();
      await db().insertInto('partnerships').values({
        id: partnershipId, kind: 'partner', group_id: null, requester_id: member.account.id, addressee_id: partner.account.id, status: 'active',
        message: null, quiet_start: null, quiet_end: null, created_at: new Date().toISOString(), responded_at: new Date().toISOString(), ended_at: null, ended_by: null,
      }).execute();
      const reminder = await create(member, { ...WINDOW, message: 'Call Sam, then the 7pm meeting' });
      await fireNow(reminder.id);

      const mine = (await notificationsOf(member.account.id, 'reminder.high_risk')).filter((d) => d.reminderId === reminder.id);
      expect(mine).toEqual([{ reminderId: reminder.id, message: 'Call Sam, then the 7pm meeting' }]);
      const theirs = await notificationsOf(partner.account.id, 'reminder.partner_high_risk');
      expect(theirs).toEqual([{ partnershipId, name: 'Robin' }]);
      const partnerRows = await db().selectFrom('notifications').selectAll().where('account_id', '=', partner.account.id).execute();
      expect(JSON.stringify(partnerRows)).not.toContain('Call Sam, then');

      const jobs = await jobsOf(reminder.id);
      expect(jobs.map((j) => j.status)).toEqual(['done', 'queued']);
      const following = nextReminderAt({ days: ['FR'], time: '17:00', timeZone: 'Europe/London' }, new Date(reminder.nextAt!)).toISOString();
      expect(jobs[1]!.run_at).toBe(following);
      const moved = (await member.client.get('/api/reminders')).json().reminders.find((r: Reminder) => r.id === reminder.id);
      expect(moved.nextAt).toBe(following);

      // The same job again (a crash mid-run, a second worker): nothing new.
      await db().updateTable('jobs').set({ status: 'queued', run_at: new Date(0).toISOString() }).where('id', '=', jobs[0]!.id).execute();
      await t.app.ctx.worker.drain();
      expect((await notificationsOf(member.account.id, 'reminder.high_risk')).filter((d) => d.reminderId === reminder.id)).toHaveLength(1);
      expect(await notificationsOf(partner.account.id, 'reminder.partner_high_risk')).toHaveLength(1);
      expect(await jobsOf(reminder.id)).toHaveLength(2);
      await member.client.delete(`/api/reminders/${reminder.id}`);
    });

    it('skips a check-in reminder when today’s check-in is done, and still moves on to the next', async () => {
      const done = await signedInClient(t.app, { timeZone: 'Asia/Tokyo' });
      const notYet = await signedInClient(t.app, { timeZone: 'Asia/Tokyo' });
      const today = localDate(new Date(), 'Asia/Tokyo');
      expect((await done.client.put(`/api/checkins/${today}`, { mood: 4, energy: 3, craving: 2, stress: 3 })).statusCode).toBe(200);
      const everyDay = { kind: 'checkin', days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], time: '21:00' };
      const a = await create(done, everyDay);
      const b = await create(notYet, everyDay);
      await fireNow(a.id);
      await fireNow(b.id);
      expect(await notificationsOf(done.account.id, 'reminder.checkin')).toEqual([]);
      expect(await notificationsOf(notYet.account.id, 'reminder.checkin')).toEqual([{ reminderId: b.id }]);
      const nextOfA = (await done.client.get('/api/reminders')).json().reminders[0] as Reminder;
      expect(Date.parse(nextOfA.nextAt!)).toBeGreaterThan(Date.parse(a.nextAt!));
      expect((await jobsOf(a.id)).map((j) => j.status)).toEqual(['done', 'queued']);
    });

    it('re-schedules on edit and on switching off: the old job does nothing', async () => {
      const who = await signedInClient(t.app, { timeZone: 'America/New_York' });
      const reminder = await create(who, { kind: 'checkin', days: ['WE'], time: '07:00' });
      const edited = (await who.client.patch(`/api/reminders/${reminder.id}`, { time: '07:30', days: ['TH'] })).json() as Reminder;
      expect(edited).toMatchObject({ time: '07:30', days: ['TH'] });
      const sorted = (await who.client.patch(`/api/reminders/${reminder.id}`, { days: ['TH', 'MO'] })).json() as Reminder;
      expect(sorted.days).toEqual(['MO', 'TH']);
      await who.client.patch(`/api/reminders/${reminder.id}`, { days: ['TH'] });
      expect(edited.nextAt).toBe(nextReminderAt({ days: ['TH'], time: '07:30', timeZone: 'America/New_York' }, new Date(Date.parse(edited.nextAt!) - 7 * 86_400_000)).toISOString());
      expect((await jobsOf(reminder.id)).length).toBeGreaterThanOrEqual(2);
      await fireNow(reminder.id);
      // Two jobs ran; only the one for the current time notified.
      expect(await notificationsOf(who.account.id, 'reminder.checkin')).toEqual([{ reminderId: reminder.id }]);

      const off = (await who.client.patch(`/api/reminders/${reminder.id}`, { active: false })).json() as Reminder;
      expect(off).toMatchObject({ active: false, nextAt: null });
      await fireNow(reminder.id);
      expect(await notificationsOf(who.account.id, 'reminder.checkin')).toHaveLength(1);
      const on = (await who.client.patch(`/api/reminders/${reminder.id}`, { active: true })).json() as Reminder;
      expect(on.nextAt).not.toBeNull();
      await who.client.delete(`/api/reminders/${reminder.id}`);
      await fireNow(reminder.id);
      expect(await notificationsOf(who.account.id, 'reminder.checkin')).toHaveLength(1);
    });

    it('follows the member to a new time zone: the next fire is at the same local time there', async () => {
      const mover = await signedInClient(t.app, { timeZone: 'Europe/London' });
      const reminder = await create(mover, { kind: 'high_risk', days: ['SA'], time: '22:00' });
      expect((await mover.client.patch('/api/me', { timeZone: 'America/Chicago' })).statusCode).toBe(200);
      // The job queued for London time fires without notifying and queues the Chicago time instead.
      await fireNow(reminder.id);
      expect(await notificationsOf(mover.account.id, 'reminder.high_risk')).toEqual([]);
      const [moved] = (await mover.client.get('/api/reminders')).json().reminders as Reminder[];
      const at = new Date(moved!.nextAt!);
      expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Chicago', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)).toBe('Sat 22:00');
      expect((await jobsOf(reminder.id)).at(-1)!.run_at).toBe(moved!.nextAt);
    });

    it('lists a reminder scheduled before a time zone change at its new time', async () => {
      const mover = await signedInClient(t.app, { timeZone: 'Asia/Kathmandu' });
      const reminder = await create(mover, { kind: 'checkin', days: ['MO'], time: '09:15' });
      await mover.client.patch('/api/me', { timeZone: 'Pacific/Auckland' });
      const [listed] = (await mover.client.get('/api/reminders')).json().reminders as Reminder[];
      expect(listed!.nextAt).not.toBe(reminder.nextAt);
      expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Pacific/Auckland', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(listed!.nextAt!))).toBe('Mon 09:15');
      expect((await jobsOf(reminder.id)).map((j) => j.run_at)).toContain(listed!.nextAt);
    });

    it('skips a fire found hours late (the server was down) and keeps the next one', async () => {
      const who = await signedInClient(t.app, { timeZone: 'UTC' });
      const threeHoursAgo = new Date(Date.now() - 3 * 3_600_000);
      const time = threeHoursAgo.toISOString().slice(11, 16);
      const reminder = await create(who, { kind: 'checkin', days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], time });
      // Make the missed fire the reminder's next one, with its job, as if the worker had been away since.
      const missed = nextReminderAt({ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], time, timeZone: 'UTC' }, new Date(threeHoursAgo.getTime() - 60_000)).toISOString();
      await db().updateTable('reminders').set({ next_at: missed }).where('id', '=', reminder.id).execute();
      await db().deleteFrom('jobs').where('dedupe_key', '=', `reminder:${reminder.id}:${reminder.nextAt}`).execute();
      await enqueue(db(), { kind: 'reminder.fire', payload: { reminderId: reminder.id, at: missed }, runAt: new Date(missed), dedupeKey: `reminder:${reminder.id}:${missed}` });
      await t.app.ctx.worker.drain();
      expect(await notificationsOf(who.account.id, 'reminder.checkin')).toEqual([]);
      const [after] = (await who.client.get('/api/reminders')).json().reminders as Reminder[];
      expect(after!.nextAt).toBe(reminder.nextAt);
      expect(Date.parse(after!.nextAt!)).toBeGreaterThan(Date.now());
      expect((await jobsOf(reminder.id)).map((j) => [j.status, j.run_at])).toEqual([['done', missed], ['queued', reminder.nextAt]]);
    });

    it('keeps at most 20 reminders a member', async () => {
      const busy = await signedInClient(t.app);
      for (let i = 0; i < 20; i++) await create(busy, { kind: 'checkin', days: ['SU'], time: `0${i % 10}:${10 + i}` });
      const res = await busy.client.post('/api/reminders', { kind: 'checkin', days: ['SU'], time: '09:00' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('too_many_reminders');
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`reminder e-mail [${dialect}]`, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    beforeAll(async () => {
      smtp = await startSmtp();
      t = await buildTestApp(dialect, { RUN_WORKER: 'false', SMTP_URL: smtp.url });
    });
    afterAll(async () => {
      await t.close();
      await smtp.close();
    });

    it('e-mails a high-risk reminder to the member, with their own words', async () => {
      const member = await signedInClient(t.app, { timeZone: 'Europe/London', email: 'robin@example.org' });
      const partner = await signedInClient(t.app, { email: 'sam@example.org' });
      await t.app.ctx.db.insertInto('partnerships').values({
        id: randomUUID(), kind: 'partner', group_id: null, requester_id: partner.account.id, addressee_id: member.account.id, status: 'active',
        message: null, quiet_start: null, quiet_end: null, created_at: new Date().toISOString(), responded_at: new Date().toISOString(), ended_at: null, ended_by: null,
      }).execute();
      const res = await member.client.post('/api/reminders', { ...WINDOW, message: 'Text Sam and go to the 7pm meeting' });
      expect(res.statusCode).toBe(201);
      await t.app.ctx.db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000).toISOString() }).where('kind', '=', 'reminder.fire').execute();
      await t.app.ctx.worker.drain();
      const mails = await smtp.waitFor(2);
      const mine = mails.find((m) => m.to.includes('robin@example.org'));
      const theirs = mails.find((m) => m.to.includes('sam@example.org'));
      expect(mine).toBeDefined();
      expect(theirs).toBeDefined();
      // The partner's mail says a harder time has started, never what the member wrote.
      expect(`${theirs!.subject}\n${theirs!.text}`).not.toContain('Text Sam');
      // The member's own mail carries their own words (the notifications e-mail text must include data.message).
      expect(mine!.text).toContain('Text Sam and go to the 7pm meeting');
    });
  });
}
