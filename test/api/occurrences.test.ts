import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { occurrenceSchema } from '../../src/shared/meetings.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { buildMeeting, groupWithCast } from '../helpers/factories.js';

type Cast = Awaited<ReturnType<typeof groupWithCast>>;
type Occ = { seriesId: string; date: string; startsAt: string; endsAt: string; status: string; originalStartsAt: string | null; title: string; groupName: string };

for (const dialect of DIALECTS) {
  describe(`occurrences [${dialect}]`, () => {
    let t: TestApp;
    let cast: Cast;
    let seriesId: string;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      cast = await groupWithCast(t.app, { timeZone: 'America/New_York' });
      // Sundays 18:00 New York time; clocks spring forward on 14 March 2027.
      const res = await cast.facilitator.client.post(
        `/api/groups/${cast.group.id}/meetings`,
        buildMeeting({ title: 'Sunday circle', recurrence: { freq: 'weekly', byDay: ['SU'] }, startDate: '2027-03-01', startTime: '18:00', durationMinutes: 90 }),
      );
      seriesId = res.json().id;
    });
    afterAll(() => t.close());
    const range = (from: string, to: string) => `/api/groups/${cast.group.id}/occurrences?from=${from}&to=${to}`;
    const occ = (date: string, action: string) => `/api/groups/${cast.group.id}/meetings/${seriesId}/occurrences/${date}/${action}`;
    const list = async (client: TestClient, from = '2027-03-01T00:00:00Z', to = '2027-03-29T00:00:00Z') =>
      (await client.get(range(from, to))).json().occurrences as Occ[];

    it('keeps the local start time across the DST change: 23:00Z before, 22:00Z after', async () => {
      const got = await list(cast.member.client);
      expect(got.map((o) => [o.date, o.startsAt, o.endsAt, o.status])).toEqual([
        ['2027-03-07', '2027-03-07T23:00:00.000Z', '2027-03-08T00:30:00.000Z', 'scheduled'],
        ['2027-03-14', '2027-03-14T22:00:00.000Z', '2027-03-14T23:30:00.000Z', 'scheduled'],
        ['2027-03-21', '2027-03-21T22:00:00.000Z', '2027-03-21T23:30:00.000Z', 'scheduled'],
        ['2027-03-28', '2027-03-28T22:00:00.000Z', '2027-03-28T23:30:00.000Z', 'scheduled'],
      ]);
      expect(got[0]).toMatchObject({ seriesId, title: 'Sunday circle', format: 'online', conferenceUrl: 'https://meet.example.org/circle', timeZone: 'America/New_York' });
    });

    it.each([
      ['to before from', () => range('2027-03-10T00:00:00Z', '2027-03-01T00:00:00Z'), 'querystring.to'],
      ['a range over 400 days', () => range('2027-01-01T00:00:00Z', '2028-02-10T00:00:00Z'), 'querystring.to'],
      ['a from that is not an instant', () => range('next-week', '2027-03-01T00:00:00Z'), 'querystring.from'],
    ])('rejects %s with 400', async (_name, url, field) => {
      const res = await cast.member.client.get(url());
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual([field]);
    });

    it('cancels, moves and restores one occurrence', async () => {
      const cancel = await cast.coFacilitator.client.post(occ('2027-03-07', 'cancel'));
      expect(cancel.statusCode).toBe(200);
      expect(cancel.json()).toMatchObject({ date: '2027-03-07', status: 'cancelled' });

      const move = await cast.facilitator.client.post(occ('2027-03-14', 'move'), { startsAt: '2027-03-30T23:00:00Z', durationMinutes: 45 });
      expect(move.json()).toMatchObject({ date: '2027-03-14', status: 'moved', startsAt: '2027-03-30T23:00:00.000Z', endsAt: '2027-03-30T23:45:00.000Z', originalStartsAt: '2027-03-14T22:00:00.000Z' });

      const got = await list(cast.member.client, '2027-03-01T00:00:00Z', '2027-04-01T00:00:00Z');
      expect(got.map((o) => [o.date, o.status, o.startsAt])).toEqual([
        ['2027-03-07', 'cancelled', '2027-03-07T23:00:00.000Z'],
        ['2027-03-21', 'scheduled', '2027-03-21T22:00:00.000Z'],
        ['2027-03-28', 'scheduled', '2027-03-28T22:00:00.000Z'],
        ['2027-03-14', 'moved', '2027-03-30T23:00:00.000Z'],
      ]);

      expect((await cast.facilitator.client.post(occ('2027-03-14', 'restore'))).json()).toMatchObject({ status: 'scheduled', startsAt: '2027-03-14T22:00:00.000Z' });
      await cast.facilitator.client.post(occ('2027-03-07', 'restore'));
      expect((await list(cast.member.client)).every((o) => o.status === 'scheduled')).toBe(true);
    });

    it('answers 404 for a date that is not an occurrence, and 400 for one that is not a date', async () => {
      expect((await cast.facilitator.client.post(occ('2027-03-08', 'cancel'))).statusCode).toBe(404); // a Monday
      expect((await cast.facilitator.client.post(occ('2027-02-28', 'cancel'))).statusCode).toBe(404); // before the start
      const bad = await cast.facilitator.client.post(occ('2027-02-30', 'cancel'));
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details[0].field).toBe('params.date');
      const move = await cast.facilitator.client.post(occ('2027-03-21', 'move'), { startsAt: 'tomorrow' });
      expect(move.json().error.details[0].field).toBe('body.startsAt');
    });

    it('lists my next meetings across my active groups, in start order', async () => {
      const other = await groupWithCast(t.app, { timeZone: 'Europe/London', name: 'London Circle' });
      // The member of the first group joins the second one too.
      await cast.member.client.post(`/api/invitations/${other.token}/accept`, { agreementVersion: other.group.agreement.version });
      const now = Date.now();
      const day = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);
      await other.facilitator.client.post(`/api/groups/${other.group.id}/meetings`, buildMeeting({
        title: 'Daily London', recurrence: { freq: 'weekly', byDay: ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] }, startDate: day(-3), startTime: '12:00',
      }));
      const mine = (await cast.member.client.get('/api/me/meetings?days=14')).json().occurrences as Occ[];
      const london = mine.filter((o) => o.title === 'Daily London');
      expect(london.length).toBeGreaterThanOrEqual(13);
      expect(london[0]).toMatchObject({ groupName: 'London Circle', timeZone: 'Europe/London', conferenceUrl: 'https://meet.example.org/circle' });
      const starts = mine.map((o) => Date.parse(o.startsAt));
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      expect(starts.every((s) => s <= now + 14 * 86_400_000)).toBe(true);
      // Nobody outside sees it; the removed member of the other group neither.
      expect((await other.removed.client.get('/api/me/meetings')).json().occurrences).toEqual([]);
      expect((await cast.member.client.get('/api/me/meetings?days=61')).statusCode).toBe(400);

      // A new agreement in London: its meetings leave my Today until I accept it, as on the group page.
      const published = await other.facilitator.client.post(`/api/groups/${other.group.id}/agreement`, { text: 'We keep what is said here. Version two.' });
      expect(published.statusCode).toBeLessThan(300);
      const before = (await cast.member.client.get('/api/me/meetings?days=14')).json().occurrences as Occ[];
      expect(before.some((o) => o.title === 'Daily London')).toBe(false);
      await cast.member.client.post(`/api/groups/${other.group.id}/agreement/accept`, { version: 2 });
      const after = (await cast.member.client.get('/api/me/meetings?days=14')).json().occurrences as Occ[];
      expect(after.filter((o) => o.title === 'Daily London')).toHaveLength(london.length);
    });

    it('answers in exactly the documented shape, nothing more (these routes skip zod on the way out)', async () => {
      const documented = z.object({ occurrences: z.array(occurrenceSchema) });
      const hall = { name: 'Alano Club', address: '12 Main St', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' };
      const inPerson = await cast.facilitator.client.post(`/api/groups/${cast.group.id}/meetings`, buildMeeting({
        title: 'Hall circle', format: 'in_person', conferenceUrl: undefined, location: hall, recurrence: { freq: 'weekly', byDay: ['MO', 'TH'] },
      }));
      expect(inPerson.statusCode).toBe(201);
      const now = new Date();
      const inAWeek = new Date(now.getTime() + 7 * 86_400_000);
      for (const url of ['/api/me/meetings?days=7', range(now.toISOString(), inAWeek.toISOString())]) {
        const body = (await cast.member.client.get(url)).json();
        // zod drops unknown keys, so equality means there were none; parse throws on a wrong type.
        expect(documented.parse(body)).toEqual(body);
        const hallOccurrences = body.occurrences.filter((o: Occ) => o.title === 'Hall circle');
        expect(hallOccurrences.length).toBeGreaterThanOrEqual(2);
        for (const o of hallOccurrences) expect(o).toMatchObject({ format: 'in_person', location: hall, conferenceUrl: null, conferencePhone: null });
      }
      expect((await cast.facilitator.client.delete(`/api/groups/${cast.group.id}/meetings/${inPerson.json().id}`)).statusCode).toBe(204);
    });

    it('guards every occurrence route', async () => {
      const who = [new TestClient(t.app), cast.outsider.client, cast.removed.client, cast.member.client, cast.coFacilitator.client, cast.facilitator.client];
      const calls: Array<[string, (c: TestClient) => Promise<{ statusCode: number }>, number[]]> = [
        ['GET occurrences', (c) => c.get(range('2027-03-01T00:00:00Z', '2027-03-10T00:00:00Z')), [401, 404, 404, 200, 200, 200]],
        ['cancel', (c) => c.post(occ('2027-03-21', 'cancel')), [401, 404, 404, 403, 200, 200]],
        ['move', (c) => c.post(occ('2027-03-21', 'move'), { startsAt: '2027-03-22T22:00:00Z' }), [401, 404, 404, 403, 200, 200]],
        ['restore', (c) => c.post(occ('2027-03-21', 'restore')), [401, 404, 404, 403, 200, 200]],
        ['my meetings', (c) => c.get('/api/me/meetings'), [401, 200, 200, 200, 200, 200]],
      ];
      for (const [name, call, expected] of calls) {
        const got = [];
        for (const client of who) got.push((await call(client)).statusCode);
        expect([name, got]).toEqual([name, expected]);
      }
    });
  });
}
