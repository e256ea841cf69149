import { randomBytes } from 'node:crypto';
import type { SignupInput } from '../../src/shared/account.js';
import type { CreateGroupInput, Group } from '../../src/shared/groups.js';
import type { App } from '../../src/server/app.js';
import { TestClient } from './client.js';

export const STRONG_PASSWORD = 'quiet river morning 42';

let n = 0;
export function buildSignup(overrides: Partial<SignupInput> = {}): SignupInput {
  n += 1;
  return {
    username: `member${n}_${randomBytes(3).toString('hex')}`,
    password: STRONG_PASSWORD,
    timeZone: 'America/Chicago',
    locale: 'en',
    country: 'US',
    ...overrides,
  };
}

/** Signs up a new member and returns a client holding their session. */
export async function signedInClient(app: App, overrides: Partial<SignupInput> = {}) {
  const client = new TestClient(app);
  const input = buildSignup(overrides);
  const res = await client.post('/api/auth/signup', input);
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
  return { client, input, account: res.json() as { id: string; username: string; role: string | null } };
}

export type GroupJson = Group;

/** Creates a group as the given (signed-in) client: an open, listed group unless overridden. */
export async function createGroup(client: TestClient, overrides: Partial<CreateGroupInput> = {}): Promise<GroupJson> {
  n += 1;
  const res = await client.post('/api/groups', {
    name: `Evening Circle ${n}`,
    timeZone: 'America/Chicago',
    joinPolicy: 'open',
    listed: true,
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`createGroup failed: ${res.statusCode} ${res.body}`);
  return res.json() as GroupJson;
}

/** A member of a group in one role, with their client and membership id. */
export interface CastMember {
  client: TestClient;
  account: { id: string; username: string };
  displayName: string;
  membershipId: string;
}

/**
 * A group with one person in every position: facilitator, co-facilitator, member, a removed
 * member and a non-member. Built through the API only.
 */
export async function groupWithCast(app: App, overrides: Partial<CreateGroupInput> = {}) {
  const people = await Promise.all(
    ['Facilitator', 'Co-facilitator', 'Member', 'Removed', 'Outsider'].map(async (label) => {
      const displayName = `${label} ${randomBytes(2).toString('hex')}`;
      const { client, account } = await signedInClient(app, { displayName });
      return { client, account, displayName, membershipId: '' } as CastMember;
    }),
  );
  const [facilitator, coFacilitator, member, removed, outsider] = people as [CastMember, CastMember, CastMember, CastMember, CastMember];
  const group = await createGroup(facilitator.client, { joinPolicy: 'open', listed: false, ...overrides });
  const invite = await facilitator.client.post(`/api/groups/${group.id}/invitations`, {});
  const token = (invite.json() as { token: string }).token;
  for (const person of [coFacilitator, member, removed]) {
    const res = await person.client.post(`/api/invitations/${token}/accept`, { agreementVersion: group.agreement.version });
    if (res.statusCode !== 200) throw new Error(`join failed: ${res.statusCode} ${res.body}`);
  }
  const list = (await facilitator.client.get(`/api/groups/${group.id}/members`)).json() as {
    members: Array<{ membershipId: string; displayName: string }>;
  };
  for (const person of [facilitator, coFacilitator, member, removed]) {
    person.membershipId = list.members.find((m) => m.displayName === person.displayName)?.membershipId ?? '';
  }
  await facilitator.client.patch(`/api/groups/${group.id}/members/${coFacilitator.membershipId}`, { role: 'co_facilitator' });
  await facilitator.client.delete(`/api/groups/${group.id}/members/${removed.membershipId}`);
  return { group, token, facilitator, coFacilitator, member, removed, outsider };
}

/** A valid body for POST /api/groups/:id/meetings. */
export function buildMeeting(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Tuesday evening circle',
    recurrence: { freq: 'weekly', byDay: ['TU'] },
    startTime: '19:00',
    durationMinutes: 60,
    format: 'online',
    conferenceUrl: 'https://meet.example.org/circle',
    open: true,
    ...overrides,
  };
}
