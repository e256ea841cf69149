import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/shared/recurrence.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { buildMeeting, groupWithCast } from '../helpers/factories.js';

type Cast = Awaited<ReturnType<typeof groupWithCast>>;
const fields = (body: { error: { details: Array<{ field: string }> } }) => body.error.details.map((d) => d.field).sort();

for (const dialect of DIALECTS) {
  describe(`meeting series [${dialect}]`, () => {
    let t: TestApp;
    let cast: Cast;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      cast = await groupWithCast(t.app, { timeZone: 'Australia/Sydney', name: 'Harbour Circle' });
    });
    afterAll(() => t.close());
    const base = () => `/api/groups/${cast.group.id}/meetings`;

    it('schedules a series with the default agenda, today as start and a stable unique slug', async () => {
      const res = await cast.facilitator.client.post(base(), buildMeeting({ types: ['O', 'D'], language: 'en' }));
      expect(res.statusCode).toBe(201);
      const series = res.json();
      expect(series).toMatchObject({
        groupId: cast.group.id,
        slug: `${cast.group.slug}-tuesday-evening-circle`,
        startDate: localDate('Australia/Sydney', new Date()),
        untilDate: null,
        timeZone: 'Australia/Sydney',
        recurrence: { freq: 'weekly', interval: 1, byDay: ['TU'] },
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
        types: ['O', 'D'],
        open: true,
        location: null,
      });
      expect(series.agenda.map((p: { kind: string; minutes: number }) => [p.kind, p.minutes])).toEqual([
        ['opening_checkin', 10],
        ['discussion', 25],
        ['skill_practice', 15],
        ['closing_reflection', 10],
      ]);
      const again = await cast.coFacilitator.client.post(base(), buildMeeting());
      expect(again.json().slug).toBe(`${cast.group.slug}-tuesday-evening-circle-2`);
      const list = (await cast.member.client.get(base())).json().meetings;
      expect(list.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining([series.id, again.json().id]));
    });

    it('gives series created at the same moment with the same title distinct slugs', async () => {
      const results = await Promise.all([1, 2, 3, 4].map(() => cast.facilitator.client.post(base(), buildMeeting({ title: 'Race' }))));
      expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
      expect(new Set(results.map((r) => r.json().slug)).size).toBe(4);
    });

    it.each([
      ['an impossible weekly rule', { recurrence: { freq: 'weekly', byDay: [{ day: 'MO', nth: 1 }] } }, ['body.recurrence.byDay.0']],
      ['an empty rule', { recurrence: { freq: 'monthly', byDay: [] } }, ['body.recurrence.byDay']],
      ['an until date before the start', { startDate: '2027-05-01', untilDate: '2027-04-01' }, ['body.untilDate']],
      ['an until date that leaves no meeting', { startDate: '2027-05-05', untilDate: '2027-05-06' }, ['body.untilDate']],
      ['a conference link that is not http(s)', { conferenceUrl: 'ftp://files.example.org' }, ['body.conferenceUrl']],
      ['in person without an address', { format: 'in_person', conferenceUrl: undefined, location: { name: 'Hall' } }, ['body.location.address']],
      ['online without link or phone', { conferenceUrl: undefined }, ['body.conferenceUrl']],
      ['hybrid without either', { format: 'hybrid', conferenceUrl: undefined }, ['body.conferenceUrl', 'body.location.address']],
      ['unknown Meeting Guide types', { types: ['O', 'NOPE'] }, ['body.types.1']],
      ['a duration too long', { durationMinutes: 601 }, ['body.durationMinutes']],
      ['a start time out of range', { startTime: '24:10' }, ['body.startTime']],
      ['an agenda phase of an unknown kind', { agenda: [{ kind: 'lecture', title: 'Talk', minutes: 10 }] }, ['body.agenda.0.kind']],
    ])('rejects %s with 400 naming the field', async (_name, overrides, expected) => {
      const res = await cast.facilitator.client.post(base(), buildMeeting(overrides));
      expect(res.statusCode).toBe(400);
      expect(fields(res.json())).toEqual(expected);
    });

    it('edits the agenda template and the schedule, and checks the merged series', async () => {
      const { id } = (await cast.facilitator.client.post(base(), buildMeeting({ title: 'Edit me' }))).json();
      const agenda = [{ kind: 'opening_checkin', title: 'Arrive', minutes: 5 }, { kind: 'custom', title: 'Reading', minutes: 20 }];
      const res = await cast.coFacilitator.client.patch(`${base()}/${id}`, {
        agenda,
        recurrence: { freq: 'monthly', interval: 2, byDay: [{ day: 'FR', nth: -1 }] },
        untilDate: '2030-01-01',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ agenda, title: 'Edit me', rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;UNTIL=20300101T080000Z' });

      const bad = await cast.facilitator.client.patch(`${base()}/${id}`, { format: 'in_person' });
      expect(bad.statusCode).toBe(400);
      expect(fields(bad.json())).toEqual(['body.location.address']);
      const cleared = await cast.facilitator.client.patch(`${base()}/${id}`, { untilDate: null });
      expect(cleared.json().untilDate).toBeNull();
      expect((await cast.member.client.get(`${base()}/${id}`)).json().agenda).toEqual(agenda);
    });

    it('deletes a series', async () => {
      const { id } = (await cast.facilitator.client.post(base(), buildMeeting({ title: 'Short-lived' }))).json();
      expect((await cast.facilitator.client.delete(`${base()}/${id}`)).statusCode).toBe(204);
      expect((await cast.facilitator.client.get(`${base()}/${id}`)).statusCode).toBe(404);
      expect((await cast.facilitator.client.delete(`${base()}/${id}`)).statusCode).toBe(404);
    });

    it('lets members read and only the core team write; others learn nothing', async () => {
      const { id } = (await cast.facilitator.client.post(base(), buildMeeting({ title: 'Guarded' }))).json();
      const one = `${base()}/${id}`;
      const calls: Array<[string, (c: TestClient) => Promise<{ statusCode: number }>]> = [
        ['POST', (c) => c.post(base(), buildMeeting({ title: 'Another' }))],
        ['GET list', (c) => c.get(base())],
        ['GET one', (c) => c.get(one)],
        ['PATCH', (c) => c.patch(one, { title: 'Renamed' })],
        ['DELETE', (c) => c.delete(`${base()}/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`)],
      ];
      const expected: Record<string, number[]> = {
        // signed out, outsider, removed, member, co-facilitator, facilitator
        POST: [401, 404, 404, 403, 201, 201],
        'GET list': [401, 404, 404, 200, 200, 200],
        'GET one': [401, 404, 404, 200, 200, 200],
        PATCH: [401, 404, 404, 403, 200, 200],
        DELETE: [401, 404, 404, 403, 404, 404],
      };
      const who = [new TestClient(t.app), cast.outsider.client, cast.removed.client, cast.member.client, cast.coFacilitator.client, cast.facilitator.client];
      for (const [name, call] of calls) {
        const got = [];
        for (const client of who) got.push((await call(client)).statusCode);
        expect([name, got]).toEqual([name, expected[name]]);
      }
    });
  });
}
