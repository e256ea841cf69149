import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate, WEEKDAYS } from '../../src/shared/recurrence.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { buildMeeting, groupWithCast } from '../helpers/factories.js';

type Cast = Awaited<ReturnType<typeof groupWithCast>>;
const ZONE = 'Asia/Kolkata';

/** The local date, HH:MM and weekday of an instant in a zone: a series that starts exactly then. */
function slotAt(instant: Date) {
  const date = localDate(ZONE, instant);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
  return { date, time, weekday };
}

for (const dialect of DIALECTS) {
  describe(`attendance [${dialect}]`, () => {
    let t: TestApp;
    let cast: Cast;
    let now: { seriesId: string; date: string };
    let later: { seriesId: string; date: string };
    const occ = (s: { seriesId: string; date: string }, action: string) =>
      `/api/groups/${cast.group.id}/meetings/${s.seriesId}/occurrences/${s.date}/${action}`;

    async function seriesStartingAt(instant: Date, title: string) {
      const slot = slotAt(instant);
      const res = await cast.facilitator.client.post(`/api/groups/${cast.group.id}/meetings`, buildMeeting({
        title, recurrence: { freq: 'weekly', byDay: [slot.weekday] }, startDate: slot.date, startTime: slot.time, durationMinutes: 60,
      }));
      if (res.statusCode !== 201) throw new Error(res.body);
      return { seriesId: res.json().id as string, date: slot.date };
    }

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      cast = await groupWithCast(t.app, { timeZone: ZONE });
      now = await seriesStartingAt(new Date(), 'Happening now');
      later = await seriesStartingAt(new Date(Date.now() + 3 * 3_600_000), 'Later today');
    });
    afterAll(() => t.close());

    it('lets a member check themself in only while the meeting is on', async () => {
      const res = await cast.member.client.post(occ(now, 'check-in'), { mode: 'online' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'present', mode: 'online', date: now.date });

      const early = await cast.member.client.post(occ(later, 'check-in'), { mode: 'in_person' });
      expect(early.statusCode).toBe(409);
      expect(early.json().error.code).toBe('not_happening_now');

      await cast.facilitator.client.post(occ(now, 'cancel'));
      expect((await cast.coFacilitator.client.post(occ(now, 'check-in'), { mode: 'online' })).json().error.code).toBe('not_happening_now');
      await cast.facilitator.client.post(occ(now, 'restore'));

      const sheet = (await cast.facilitator.client.get(occ(now, 'attendance'))).json();
      expect(sheet.entries.find((e: { membershipId: string }) => e.membershipId === cast.member.membershipId)).toMatchObject({
        displayName: cast.member.displayName, status: 'present', mode: 'online',
      });
      expect((await cast.member.client.post(occ(now, 'check-in'), { mode: 'video' })).statusCode).toBe(400);
    });

    it('lets the core team mark present or excused and clear a mark, with counts', async () => {
      const put = (entries: unknown) => cast.coFacilitator.client.request('PUT', occ(later, 'attendance'), { entries });
      const res = await put([
        { membershipId: cast.member.membershipId, status: 'present' },
        { membershipId: cast.facilitator.membershipId, status: 'excused' },
      ]);
      expect(res.statusCode).toBe(200);
      expect(res.json().counts).toEqual({ present: 1, excused: 1, members: 3 });
      expect(res.json().entries.map((e: { displayName: string }) => e.displayName).sort()).toEqual(
        [cast.facilitator.displayName, cast.coFacilitator.displayName, cast.member.displayName].sort(),
      );

      const cleared = await put([{ membershipId: cast.member.membershipId, status: null }]);
      expect(cleared.json().counts).toEqual({ present: 0, excused: 1, members: 3 });

      const removed = await put([{ membershipId: cast.removed.membershipId, status: 'present' }]);
      expect(removed.statusCode).toBe(400);
      expect(removed.json().error.details[0].field).toBe('body.entries.0.membershipId');
      const notADate = await cast.facilitator.client.get(`/api/groups/${cast.group.id}/meetings/${later.seriesId}/occurrences/2020-01-01/attendance`);
      expect(notADate.statusCode).toBe(404);
    });

    it('shows me my own attendance history', async () => {
      const mine = (await cast.member.client.get('/api/me/attendance')).json().attendance;
      expect(mine).toEqual([{ groupId: cast.group.id, groupName: cast.group.name, seriesId: now.seriesId, title: 'Happening now', date: now.date, status: 'present', mode: 'online' }]);
      expect((await cast.outsider.client.get('/api/me/attendance')).json().attendance).toEqual([]);
    });

    it('guards every attendance route', async () => {
      const who = [new TestClient(t.app), cast.outsider.client, cast.removed.client, cast.member.client, cast.coFacilitator.client, cast.facilitator.client];
      const entries = [{ membershipId: cast.member.membershipId, status: 'present' }];
      const calls: Array<[string, (c: TestClient) => Promise<{ statusCode: number }>, number[]]> = [
        ['GET sheet', (c) => c.get(occ(now, 'attendance')), [401, 404, 404, 403, 200, 200]],
        ['PUT sheet', (c) => c.request('PUT', occ(now, 'attendance'), { entries }), [401, 404, 404, 403, 200, 200]],
        ['check-in', (c) => c.post(occ(now, 'check-in'), { mode: 'in_person' }), [401, 404, 404, 200, 200, 200]],
        ['my attendance', (c) => c.get('/api/me/attendance'), [401, 200, 200, 200, 200, 200]],
      ];
      for (const [name, call, expected] of calls) {
        const got = [];
        for (const client of who) got.push((await call(client)).statusCode);
        expect([name, got]).toEqual([name, expected]);
      }
    });
  });
}
