import { randomBytes } from 'node:crypto';
import { STRONG_PASSWORD } from '../helpers/factories.js';
import { HttpClient } from '../helpers/server-process.js';

export interface Person {
  client: HttpClient;
  id: string;
  email: string;
}

async function ok<T>(promise: Promise<{ status: number; json: unknown }>, what: string): Promise<T> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json as T;
}

async function signUp(url: string, label: string): Promise<Person> {
  const client = new HttpClient(url);
  const suffix = randomBytes(3).toString('hex');
  const account = await ok<{ id: string }>(client.request('POST', '/api/auth/signup', { username: `${label}_${suffix}`, password: STRONG_PASSWORD }), 'signup');
  const email = `${label}.${suffix}@example.org`;
  await ok(client.request('PATCH', '/api/me', { email }), 'add e-mail');
  return { client, id: account.id, email };
}

/**
 * Over HTTP, as the app does it: a member and a partner who share a group, both with an
 * e-mail address, and the member's 'sos' grant to the partner (so an SOS reaches them).
 */
export async function sosPair(url: string) {
  const member = await signUp(url, 'member');
  const partner = await signUp(url, 'partner');
  const group = await ok<{ id: string; agreement: { version: number } }>(
    member.client.request('POST', '/api/groups', { name: `Evening Circle ${randomBytes(2).toString('hex')}`, timeZone: 'Europe/Madrid', joinPolicy: 'open', listed: false }),
    'create group',
  );
  const { token } = await ok<{ token: string }>(member.client.request('POST', `/api/groups/${group.id}/invitations`, {}), 'invite');
  await ok(partner.client.request('POST', `/api/invitations/${token}/accept`, { agreementVersion: group.agreement.version }), 'join');
  await ok(member.client.request('POST', '/api/grants', { granteeAccountId: partner.id, scopes: ['sos'] }), 'grant sos');
  return { member, partner };
}

/** The member asks for support now; returns the alert's id. */
export async function sendSos(member: Person, message = 'Could use a call') {
  const res = await member.client.request<{ id: string }>('POST', '/api/sos', { message });
  if (res.status !== 201) throw new Error(`SOS: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json.id;
}
