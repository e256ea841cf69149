import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateMeetingInput, MeetingSeries } from '../../src/shared/meetings.js';
import { expandOccurrences } from '../../src/shared/recurrence.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { createGroup, groupWithCast, signedInClient } from '../helpers/factories.js';

/** A meeting series through the meetings API, as a member of the group's core team. */
async function createMeeting(client: TestClient, groupId: string, overrides: Partial<CreateMeetingInput> = {}): Promise<MeetingSeries> {
  const res = await client.post(`/api/groups/${groupId}/meetings`, {
    title: 'Sunday evening circle',
    recurrence: { freq: 'weekly', interval: 1, byDay: ['SU'] },
    startDate: '2026-02-01',
    startTime: '18:00',
    durationMinutes: 90,
    format: 'online',
    conferenceUrl: 'https://meet.example.org/sunday-circle',
    language: 'en',
    open: true,
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`createMeeting failed: ${res.statusCode} ${res.body}`);
  return res.json() as MeetingSeries;
}

/** The spec's `updated` format for an ISO timestamp. */
const specTime = (iso: string) => new Date(iso).toISOString().slice(0, 19).replace('T', ' ');

function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  return root;
}

const uidsOf = (text: string) => [...new Set(parseCalendar(text).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid')))].sort();
const calendarPath = (url: string) => new URL(url).pathname;

for (const dialect of DIALECTS) {
  describe(`calendar feeds [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
    });
    afterAll(() => t.close());

    it('creates a group feed for a member, lists it without its token, and revoking it ends the URL', async () => {
      const { group, facilitator, member, outsider } = await groupWithCast(t.app);
      const series = await createMeeting(facilitator.client, group.id);

      const res = await member.client.post('/api/me/calendar-feeds', { groupId: group.id });
      expect(res.statusCode).toBe(201);
      const feed = res.json() as { id: string; url: string; groupId: string };
      expect(feed.groupId).toBe(group.id);
      expect(feed.url).toMatch(new RegExp(`^${t.config.publicUrl}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));

      const token = /calendar\/(.+)\.ics$/.exec(feed.url)?.[1] ?? '';
      const stored = await t.database.db.selectFrom('calendar_tokens').selectAll().where('id', '=', feed.id).executeTakeFirstOrThrow();
      expect(stored.token_hash).not.toContain(token);
      expect(JSON.stringify(stored)).not.toContain(token);

      const list = await member.client.get('/api/me/calendar-feeds');
      expect(list.json()).toEqual({ feeds: [{ id: feed.id, groupId: group.id, createdAt: expect.any(String) }] });
      expect(list.body).not.toContain(token);

      const ics = await new TestClient(t.app).get(calendarPath(feed.url));
      expect(ics.statusCode).toBe(200);
      expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(ics.headers['cache-control']).toBe('private, max-age=300');
      expect(uidsOf(ics.body)).toEqual([`${series.id}@kindred`]);

      // Someone else cannot see or revoke it.
      expect((await outsider.client.get('/api/me/calendar-feeds')).json()).toEqual({ feeds: [] });
      expect((await outsider.client.delete(`/api/me/calendar-feeds/${feed.id}`)).statusCode).toBe(404);

      expect((await member.client.delete(`/api/me/calendar-feeds/${feed.id}`)).statusCode).toBe(204);
      expect((await new TestClient(t.app).get(calendarPath(feed.url))).statusCode).toBe(404);
      expect((await member.client.get('/api/me/calendar-feeds')).json()).toEqual({ feeds: [] });
      expect((await member.client.delete(`/api/me/calendar-feeds/${feed.id}`)).statusCode).toBe(404);
    });

    it('refuses a group feed to non-members and to the signed out', async () => {
      const { group, outsider, removed } = await groupWithCast(t.app);
      expect((await outsider.client.post('/api/me/calendar-feeds', { groupId: group.id })).statusCode).toBe(404);
      expect((await removed.client.post('/api/me/calendar-feeds', { groupId: group.id })).statusCode).toBe(404);
      expect((await new TestClient(t.app).post('/api/me/calendar-feeds', {})).statusCode).toBe(401);
      expect((await new TestClient(t.app).get('/api/me/calendar-feeds')).statusCode).toBe(401);
    });

    it('stops serving a group feed once its owner is removed or leaves', async () => {
      const { group, facilitator, member, coFacilitator } = await groupWithCast(t.app);
      await createMeeting(facilitator.client, group.id);
      const removedFeed = (await member.client.post('/api/me/calendar-feeds', { groupId: group.id })).json() as { url: string };
      const leftFeed = (await coFacilitator.client.post('/api/me/calendar-feeds', { groupId: group.id })).json() as { url: string };
      expect((await new TestClient(t.app).get(calendarPath(removedFeed.url))).statusCode).toBe(200);
      expect((await new TestClient(t.app).get(calendarPath(leftFeed.url))).statusCode).toBe(200);

      expect((await facilitator.client.delete(`/api/groups/${group.id}/members/${member.membershipId}`)).statusCode).toBe(204);
      expect((await coFacilitator.client.post(`/api/groups/${group.id}/leave`)).statusCode).toBe(204);

      for (const feed of [removedFeed, leftFeed]) {
        const res = await new TestClient(t.app).get(calendarPath(feed.url));
        expect(res.statusCode).toBe(404);
        expect(res.body).not.toContain('BEGIN:VCALENDAR');
      }
    });

    it('answers 404 for unknown tokens', async () => {
      const res = await new TestClient(t.app).get(`/api/calendar/${randomBytes(32).toString('base64url')}.ics`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
      expect((await new TestClient(t.app).get('/api/calendar/short.ics')).statusCode).toBeGreaterThanOrEqual(400);
    });

    it('gives a personal feed of every group where the member is active, and only those', async () => {
      const { client } = await signedInClient(t.app);
      const own = await createGroup(client, { name: 'Harbor Lights', timeZone: 'America/New_York' });
      const joined = await groupWithCast(t.app, { timeZone: 'Europe/Madrid' });
      const invite = `/api/invitations/${joined.token}/accept`;
      expect((await client.post(invite, { agreementVersion: joined.group.agreement.version })).statusCode).toBe(200);
      const left = await groupWithCast(t.app);
      const leftInvite = `/api/invitations/${left.token}/accept`;
      expect((await client.post(leftInvite, { agreementVersion: left.group.agreement.version })).statusCode).toBe(200);
      expect((await client.post(`/api/groups/${left.group.id}/leave`)).statusCode).toBe(204);

      const a = await createMeeting(client, own.id, { title: 'Harbor, Sunday; evening' });
      const b = await createMeeting(client, own.id, { recurrence: { freq: 'monthly', interval: 1, byDay: [{ day: 'TU', nth: -1 }] }, open: false });
      const c = await createMeeting(joined.facilitator.client, joined.group.id, {
        startTime: '19:30',
        format: 'in_person',
        conferenceUrl: null,
        location: { name: 'Casa', address: 'Calle Mayor 1', city: 'Madrid' },
      });
      await createMeeting(left.facilitator.client, left.group.id);

      const feed = (await client.post('/api/me/calendar-feeds', {})).json() as { url: string; groupId: string | null };
      expect(feed.groupId).toBeNull();
      const res = await new TestClient(t.app).get(calendarPath(feed.url));
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('\r\nX-WR-CALNAME:My meetings (Kindred)\r\n');
      expect(uidsOf(res.body)).toEqual([a.id, b.id, c.id].map((id) => `${id}@kindred`).sort());
      const root = parseCalendar(res.body);
      expect(root.getAllSubcomponents('vtimezone').map((v) => v.getFirstPropertyValue('tzid')).sort()).toEqual(['America/New_York', 'Europe/Madrid']);
      const events = root.getAllSubcomponents('vevent');
      const harbor = events.find((e) => e.getFirstPropertyValue('uid') === `${a.id}@kindred`);
      expect(harbor?.getFirstPropertyValue('summary')).toBe('Harbor, Sunday; evening');
      expect(harbor?.getFirstPropertyValue('url')).toBe('https://meet.example.org/sunday-circle');
      expect(String(harbor?.getFirstPropertyValue('description'))).toContain('Harbor Lights');
      const monthly = events.find((e) => e.getFirstPropertyValue('uid') === `${b.id}@kindred`);
      expect(monthly?.getFirstProperty('rrule')?.toICALString()).toBe('RRULE:FREQ=MONTHLY;BYDAY=-1TU');
      const madrid = events.find((e) => e.getFirstPropertyValue('uid') === `${c.id}@kindred`);
      expect(madrid?.getFirstPropertyValue('location')).toBe('Casa, Calle Mayor 1, Madrid');
      expect(madrid?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Madrid');
    });

    it('speaks the feed owner’s language and accepts a group slug', async () => {
      const { client } = await signedInClient(t.app, { locale: 'es' });
      const group = await createGroup(client, { name: 'Grupo Faro' });
      await createMeeting(client, group.id, { conferencePhone: '+34910000000' });
      const personal = (await client.post('/api/me/calendar-feeds', {})).json() as { url: string };
      const text = (await new TestClient(t.app).get(calendarPath(personal.url))).body;
      expect(text).toContain('\r\nX-WR-CALNAME:Mis reuniones (Kindred)\r\n');
      const description = String(parseCalendar(text).getFirstSubcomponent('vevent')?.getFirstPropertyValue('description'));
      expect(description).toBe('Grupo Faro\nUnirse en línea: https://meet.example.org/sunday-circle\nUnirse por teléfono: +34910000000');
      const bySlug = await client.post('/api/me/calendar-feeds', { groupId: group.slug });
      expect(bySlug.statusCode).toBe(201);
      expect(bySlug.json().groupId).toBe(group.id);
      const groupText = (await new TestClient(t.app).get(calendarPath(bySlug.json().url))).body;
      expect(groupText).toContain('\r\nX-WR-CALNAME:Grupo Faro (Kindred)\r\n');
    });

    it('carries cancelled and moved occurrences, matching the app’s own expansion across DST', async () => {
      const { client } = await signedInClient(t.app);
      const group = await createGroup(client, { timeZone: 'America/New_York' });
      const series = await createMeeting(client, group.id);
      const occurrence = `/api/groups/${group.id}/meetings/${series.id}/occurrences`;
      expect((await client.post(`${occurrence}/2026-02-15/cancel`)).statusCode).toBe(200);
      const moved = await client.post(`${occurrence}/2026-03-15/move`, { startsAt: '2026-03-16T23:00:00.000Z', durationMinutes: 60 });
      expect(moved.statusCode).toBe(200);
      const feed = (await client.post('/api/me/calendar-feeds', { groupId: group.id })).json() as { url: string };
      const text = (await new TestClient(t.app).get(calendarPath(feed.url))).body;

      const root = parseCalendar(text);
      const vevents = root.getAllSubcomponents('vevent');
      const master = vevents.find((v) => !v.hasProperty('recurrence-id'));
      if (!master) throw new Error('no master event');
      const event = new ICAL.Event(master, { exceptions: vevents.filter((v) => v !== master) });
      const until = Date.parse('2026-04-30T00:00:00Z');
      const fromIcal: string[] = [];
      const it = event.iterator();
      for (let next = it.next(); next && next.toUnixTime() * 1000 < until; next = it.next()) {
        fromIcal.push(new Date(event.getOccurrenceDetails(next).startDate.toUnixTime() * 1000).toISOString());
      }
      const expected = expandOccurrences(
        { recurrence: { freq: 'weekly', interval: 1, byDay: ['SU'] }, startDate: '2026-02-01', startTime: '18:00', durationMinutes: 90, timeZone: 'America/New_York' },
        new Date('2026-01-01T00:00:00Z'),
        new Date(until),
        [
          { date: '2026-02-15', status: 'cancelled' },
          { date: '2026-03-15', status: 'moved', startsAt: '2026-03-16T23:00:00.000Z', durationMinutes: 60 },
        ],
      )
        .filter((o) => o.status !== 'cancelled')
        .map((o) => o.startsAt);
      expect(fromIcal.sort()).toEqual(expected);
      expect(expected).toContain('2026-03-01T23:00:00.000Z');
      expect(expected).toContain('2026-03-08T22:00:00.000Z');
      expect(expected).not.toContain('2026-02-15T23:00:00.000Z');
    });
  });

  describe(`Meeting Guide feed and public directory [${dialect}]`, () => {
    let t: TestApp;
    let online: MeetingSeries;
    let inPerson: MeetingSeries;
    let hidden: string[];
    let listedName: string;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      const { client } = await signedInClient(t.app);
      const listed = await createGroup(client, { name: 'Harbor Lights', timeZone: 'America/Chicago', listed: true, languages: ['en', 'es'] });
      listedName = listed.name;
      const unlisted = await createGroup(client, { name: 'Quiet Room', listed: false });
      online = await createMeeting(client, listed.id, {
        title: 'Morning online circle',
        recurrence: { freq: 'weekly', interval: 1, byDay: ['MO', 'WE', 'FR'] },
        startTime: '07:30',
        durationMinutes: 60,
        format: 'online',
        conferenceUrl: 'https://zoom.example.org/j/123',
        conferencePhone: '+13125550100,,123#',
        language: 'es',
        types: ['D', 'C'],
        location: { city: 'Chicago', region: 'IL', country: 'US' },
      });
      inPerson = await createMeeting(client, listed.id, {
        title: 'Sunday step study',
        startTime: '23:30',
        durationMinutes: 90,
        format: 'in_person',
        conferenceUrl: null,
        types: ['ST'],
        location: { name: 'Alano Club', address: '123 Main Street', city: 'Anytown', region: 'IL', postalCode: '60641', country: 'US', notes: 'Ring the buzzer; 2nd floor.' },
      });
      hidden = [
        await createMeeting(client, listed.id, { title: 'Closed one', open: false }),
        await createMeeting(client, unlisted.id, { title: 'Unlisted one' }),
        await createMeeting(client, listed.id, { title: 'Monthly one', recurrence: { freq: 'monthly', interval: 1, byDay: [{ day: 'SA', nth: 1 }] } }),
        await createMeeting(client, listed.id, { title: 'Fortnightly one', recurrence: { freq: 'weekly', interval: 2, byDay: ['TH'] } }),
        await createMeeting(client, listed.id, { title: 'Ended one', startDate: '2023-01-01', untilDate: '2024-01-01' }),
      ].map((m) => m.slug);
    });
    afterAll(() => t.close());

    it('lists open weekly meetings of listed groups, field by field as the spec names them', async () => {
      const res = await new TestClient(t.app).get('/api/public/meetings.json');
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=300, stale-if-error=86400');
      expect(res.headers['access-control-allow-origin']).toBe('*');
      const meetings = res.json() as Array<Record<string, unknown>>;
      expect(meetings.map((m) => m.slug).sort()).toEqual([online.slug, inPerson.slug].sort());
      for (const slug of hidden) expect(res.body).not.toContain(slug);

      expect(meetings.find((m) => m.slug === online.slug)).toEqual({
        name: 'Morning online circle',
        slug: online.slug,
        day: [1, 3, 5],
        time: '07:30',
        end_time: '08:30',
        timezone: 'America/Chicago',
        // D (discussion), O (open: closed meetings never appear), S (Spanish); no ONL, which the spec lacks.
        types: ['D', 'O', 'S'],
        group: listedName,
        updated: specTime(online.updatedAt),
        url: expect.stringMatching(/^http:\/\/kindred\.test\/directory#/),
        conference_url: 'https://zoom.example.org/j/123',
        conference_phone: '+13125550100,,123#',
        city: 'Chicago',
        state: 'IL',
        country: 'US',
        approximate: 'yes',
      });
      expect(meetings.find((m) => m.slug === inPerson.slug)).toEqual({
        name: 'Sunday step study',
        slug: inPerson.slug,
        day: 0,
        time: '23:30',
        end_time: '01:00',
        timezone: 'America/Chicago',
        types: ['EN', 'O', 'ST'],
        group: listedName,
        updated: specTime(inPerson.updatedAt),
        url: expect.any(String),
        location: 'Alano Club',
        address: '123 Main Street',
        city: 'Anytown',
        state: 'IL',
        postal_code: '60641',
        country: 'US',
        approximate: 'no',
        notes: 'Ring the buzzer; 2nd floor.',
      });
      expect(specTime(inPerson.updatedAt)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    });

    it('answers the CORS preflight without credentials', async () => {
      const res = await t.app.inject({
        method: 'OPTIONS',
        url: '/api/public/meetings.json',
        headers: { origin: 'https://finder.example.org', 'access-control-request-method': 'GET' },
      });
      expect(res.statusCode).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(String(res.headers['access-control-allow-methods'])).toContain('GET');
    });

    it('shows the public directory: listed groups and their open meetings only', async () => {
      const res = await new TestClient(t.app).get('/api/public/groups');
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=300, stale-if-error=86400');
      const { groups } = res.json() as { groups: Array<{ name: string; languages: string[]; timeZone: string; joinPolicy: string; meetings: Array<{ slug: string; city: string | null; format: string }> }> };
      expect(groups.map((g) => g.name)).toEqual(['Harbor Lights']);
      const [harbor] = groups;
      expect(harbor).toMatchObject({ languages: ['en', 'es'], timeZone: 'America/Chicago', joinPolicy: 'open' });
      const [, , monthly, fortnightly] = hidden;
      expect(harbor?.meetings.map((m) => m.slug).sort()).toEqual([online.slug, inPerson.slug, monthly, fortnightly].sort());
      expect(harbor?.meetings.find((m) => m.slug === inPerson.slug)).toMatchObject({ format: 'in_person', city: 'Anytown' });
      expect(res.body).not.toContain(hidden[0]);
      expect(res.body).not.toContain(hidden[4]);
      expect(res.body).not.toContain('Quiet Room');
      expect(res.body).not.toContain('zoom.example.org');
    });
  });

  describe(`public feeds follow every change at once [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
    });
    afterAll(() => t.close());

    it('shows a new, changed or removed meeting and an unlisted group on the very next request', async () => {
      const { client } = await signedInClient(t.app);
      const group = await createGroup(client, { name: 'Lantern Circle', listed: true });
      const reader = new TestClient(t.app);
      const slugs = async () => ((await reader.get('/api/public/meetings.json')).json() as Array<{ slug: string; time: string }>);
      const directoryNames = async () => ((await reader.get('/api/public/groups')).json() as { groups: Array<{ name: string }> }).groups.map((g) => g.name);

      expect(await slugs()).toEqual([]);
      const first = await createMeeting(client, group.id, { title: 'First light' });
      expect((await slugs()).map((m) => m.slug)).toEqual([first.slug]);
      expect(await directoryNames()).toEqual(['Lantern Circle']);

      expect((await client.patch(`/api/groups/${group.id}/meetings/${first.id}`, { startTime: '19:15' })).statusCode).toBe(200);
      expect((await slugs())[0]?.time).toBe('19:15');

      const second = await createMeeting(client, group.id, { title: 'Second light' });
      expect((await client.delete(`/api/groups/${group.id}/meetings/${first.id}`)).statusCode).toBe(204);
      expect((await slugs()).map((m) => m.slug)).toEqual([second.slug]);

      expect((await client.patch(`/api/groups/${group.id}`, { listed: false })).statusCode).toBe(200);
      expect(await slugs()).toEqual([]);
      expect(await directoryNames()).toEqual([]);
    });
  });
}
