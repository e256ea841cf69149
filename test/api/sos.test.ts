import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertGrant, revokeGrant } from '../../src/server/features/grants/grants.repository.js';
import type { LiveEvent } from '../../src/server/realtime/hub.js';
import { crisisLinesFor } from '../../src/shared/crisis-lines.js';
import { sosAlertSchema, sosCreatedSchema } from '../../src/shared/sos.js';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { signedInClient } from '../helpers/factories.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { details: { field: string }[] } }).error.details.map((d) => d.field);

/** Tomorrow's date in a zone, read independently of the code under test. */
function tomorrowIn(zone: string): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** A member with two 'sos' holders, and grantees who must not be alerted. */
async function circle(t: TestApp, names: { member?: string } = {}) {
  const db = t.app.ctx.db;
  const member = await signedInClient(t.app, { displayName: names.member ?? 'Jordan', timeZone: 'Asia/Tokyo', country: 'GB' });
  const alex = await signedInClient(t.app, { displayName: 'Alex', email: `alex-${Date.now()}@example.org` });
  const sam = await signedInClient(t.app, { displayName: 'Sam', email: `sam-${Date.now()}@example.org` });
  const summaryOnly = await signedInClient(t.app, { displayName: 'Summary only' });
  const expired = await signedInClient(t.app, { displayName: 'Expired' });
  const revoked = await signedInClient(t.app, { displayName: 'Revoked' });
  const ownerId = member.account.id;
  await insertGrant(db, { ownerId, granteeId: alex.account.id, scopes: ['sos', 'safety_plan'] });
  await insertGrant(db, { ownerId, granteeId: sam.account.id, scopes: ['sos'] });
  await insertGrant(db, { ownerId, granteeId: summaryOnly.account.id, scopes: ['checkins.summary'] });
  await insertGrant(db, { ownerId, granteeId: expired.account.id, scopes: ['sos'], expiresAt: new Date(Date.now() - 60_000).toISOString() });
  await revokeGrant(db, ownerId, await insertGrant(db, { ownerId, granteeId: revoked.account.id, scopes: ['sos'] }));
  return { member, alex, sam, summaryOnly, expired, revoked };
}

for (const dialect of DIALECTS) {
  describe(`sos [${dialect}]`, () => {
    let t: TestApp;
    let c: Awaited<ReturnType<typeof circle>>;
    let sosId: string;
    beforeAll(async () => {
      t = await buildTestApp(dialect, { RUN_WORKER: 'false' });
      c = await circle(t);
    });
    afterAll(() => t.close());

    it('names who an alert would reach before it is sent', async () => {
      const names = (await c.member.client.get('/api/sos/recipients')).json() as Array<{ name: string }>;
      expect(names.map((n) => n.name).sort()).toEqual(['Alex', 'Sam']);
      expect((await c.alex.client.get('/api/sos/recipients')).json()).toEqual([]);
    });

    it("alerts exactly the 'sos' grant holders, with a notification each and a follow-up, in one go", async () => {
      const res = await c.member.client.post('/api/sos', { message: 'Rough night, please check on me' });
      expect(res.statusCode).toBe(201);
      const body = sosCreatedSchema.parse(res.json());
      sosId = body.id;
      expect(body.recipients.map((r) => r.name).sort()).toEqual(['Alex', 'Sam']);
      expect(body.crisisLines.map((l) => l.id)).toEqual(crisisLinesFor('GB').map((l) => l.id));
      expect(body.crisisLines[0]!.id).toBe('samaritans');
      expect(body.safetyPlan).toMatchObject({ version: 0 });

      const db = t.app.ctx.db;
      const notes = await db.selectFrom('notifications').select(['account_id', 'kind', 'data']).where('kind', '=', 'sos.alert').execute();
      expect(notes.map((n) => n.account_id).sort()).toEqual([c.alex.account.id, c.sam.account.id].sort());
      expect(JSON.parse(notes[0]!.data)).toEqual({ sosId, name: 'Jordan', message: 'Rough night, please check on me' });

      const followUp = await db.selectFrom('jobs').select(['kind', 'run_at', 'payload']).where('dedupe_key', '=', `sos-followup:${sosId}`).executeTakeFirstOrThrow();
      expect(followUp.kind).toBe('sos.followup');
      // 10:00 in Tokyo (UTC+9, no daylight saving) on the member's next day.
      expect(followUp.run_at).toBe(`${tomorrowIn('Asia/Tokyo')}T01:00:00.000Z`);

      for (const other of [c.summaryOnly, c.expired, c.revoked]) {
        expect((await other.client.get('/api/sos/active')).json()).toEqual([]);
        expect((await other.client.get(`/api/sos/${sosId}`)).statusCode).toBe(404);
      }
    });

    it('folds a second tap within a minute into the same alert', async () => {
      const again = await c.member.client.post('/api/sos', {});
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ id: sosId });
      const alerts = await t.app.ctx.db.selectFrom('sos_alerts').select('id').where('account_id', '=', c.member.account.id).execute();
      expect(alerts).toHaveLength(1);
      const notes = await t.app.ctx.db.selectFrom('notifications').select('id').where('kind', '=', 'sos.alert').execute();
      expect(notes).toHaveLength(2);
    });

    it('shows the alert to its recipients only; they answer and the member hears it live', async () => {
      const active = (await c.alex.client.get('/api/sos/active')).json();
      expect(active).toEqual([expect.objectContaining({ id: sosId, sender: { accountId: c.member.account.id, name: 'Jordan' }, myResponse: null })]);
      const seen = sosAlertSchema.parse((await c.alex.client.get(`/api/sos/${sosId}`)).json());
      expect(seen).toMatchObject({ mine: false, message: 'Rough night, please check on me', sender: { name: 'Jordan' } });
      // Sam has not answered yet, so Alex does not see Sam.
      expect(seen.recipients.map((r) => r.name)).toEqual(['Alex']);

      const heard = new Promise<LiveEvent>((resolve) => {
        const stop = t.app.ctx.hub.subscribe(c.member.account.id, (event) => {
          if (event.type === 'sos.response') { stop(); resolve(event); }
        });
      });
      const answer = await c.alex.client.post(`/api/sos/${sosId}/responses`, { response: 'here' });
      expect(answer.statusCode).toBe(200);
      expect(await heard).toEqual({ type: 'sos.response', sosId });

      const note = await t.app.ctx.db.selectFrom('notifications').select(['data', 'actor_id']).where('kind', '=', 'sos.response').where('account_id', '=', c.member.account.id).executeTakeFirstOrThrow();
      expect(JSON.parse(note.data)).toEqual({ sosId, name: 'Alex', response: 'here' });

      const mine = sosAlertSchema.parse((await c.member.client.get(`/api/sos/${sosId}`)).json());
      expect(mine.mine).toBe(true);
      expect(mine.recipients.map((r) => [r.name, r.response]).sort()).toEqual([['Alex', 'here'], ['Sam', null]]);
      expect((await c.sam.client.get(`/api/sos/${sosId}`)).json().recipients.map((r: { name: string }) => r.name).sort()).toEqual(['Alex', 'Sam']);
    });

    it('lets only recipients answer, names a bad answer, and 404s everyone else', async () => {
      expect((await c.member.client.post(`/api/sos/${sosId}/responses`, { response: 'here' })).statusCode).toBe(404);
      expect((await c.summaryOnly.client.post(`/api/sos/${sosId}/responses`, { response: 'calling' })).statusCode).toBe(404);
      expect((await c.revoked.client.post(`/api/sos/${sosId}/responses`, { response: 'calling' })).statusCode).toBe(404);
      const bad = await c.sam.client.post(`/api/sos/${sosId}/responses`, { response: 'maybe' });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad)).toEqual(['body.response']);
      expect(fieldsOf(await c.member.client.post('/api/sos', { message: 'x'.repeat(281) }))).toEqual(['body.message']);
      expect(fieldsOf(await c.sam.client.get('/api/sos/not-an-id'))).toEqual(['params.id']);
      expect((await t.app.inject({ method: 'POST', url: '/api/sos', payload: {} })).statusCode).toBe(401);
    });

    it('sends the follow-up once, the next day, for the latest alert', async () => {
      const db = t.app.ctx.db;
      await db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000).toISOString() }).where('dedupe_key', '=', `sos-followup:${sosId}`).execute();
      await t.app.ctx.worker.drain();
      const followUps = await db.selectFrom('notifications').select('data').where('kind', '=', 'sos.followup').where('account_id', '=', c.member.account.id).execute();
      expect(followUps.map((n) => JSON.parse(n.data))).toEqual([{ sosId }]);
      const job = await db.selectFrom('jobs').select('status').where('dedupe_key', '=', `sos-followup:${sosId}`).executeTakeFirstOrThrow();
      expect(job.status).toBe('done');
    });

    it("resolves only by the member ('I'm OK now'); the banner goes away", async () => {
      expect((await c.alex.client.post(`/api/sos/${sosId}/resolve`)).statusCode).toBe(404);
      const told = new Promise<LiveEvent>((resolve) => {
        const stop = t.app.ctx.hub.subscribe(c.alex.account.id, (event) => {
          if (event.type === 'sos.resolved') { stop(); resolve(event); }
        });
      });
      const res = await c.member.client.post(`/api/sos/${sosId}/resolve`);
      expect(res.statusCode).toBe(200);
      expect(await told).toEqual({ type: 'sos.resolved', sosId });
      expect(res.json().resolvedAt).toEqual(expect.any(String));
      expect((await c.alex.client.get('/api/sos/active')).json()).toEqual([]);
    });

    it('works without anyone to alert: crisis lines and the plan, no recipients', async () => {
      const alone = await signedInClient(t.app, { country: 'US' });
      await alone.client.put('/api/safety-plan', {
        warningSigns: [], copingStrategies: ['Breathing'], distractions: [], helpContacts: [], professionals: [], saferSurroundings: [], reasons: [],
      });
      const res = await alone.client.post('/api/sos', {});
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ recipients: [], safetyPlan: { version: 1, plan: { copingStrategies: ['Breathing'] } } });
      expect(res.json().crisisLines[0].id).toBe('us988');
    });
  });

  describe(`sos e-mail [${dialect}]`, () => {
    let t: TestApp;
    let smtp: TestSmtp;
    beforeAll(async () => {
      smtp = await startSmtp();
      t = await buildTestApp(dialect, { RUN_WORKER: 'false', SMTP_URL: smtp.url });
    });
    afterAll(async () => {
      await t.close();
      await smtp.close();
    });

    it("e-mails each recipient the member's name and the link to the alert", async () => {
      const c = await circle(t, { member: 'Morgan' });
      const res = await c.member.client.post('/api/sos', { message: 'Please call' });
      const { id } = res.json() as { id: string };
      await t.app.ctx.worker.drain();
      const mails = await smtp.waitFor(2);
      expect(mails.flatMap((m) => m.to).sort()).toEqual([c.alex.input.email, c.sam.input.email].sort());
      for (const mail of mails) {
        expect(`${mail.subject}\n${mail.text}`).toContain('Morgan');
        expect(mail.text).toContain(`${TEST_ORIGIN}/sos/${id}`);
      }
    });
  });
}
