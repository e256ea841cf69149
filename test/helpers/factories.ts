import { randomBytes } from 'node:crypto';
import type { SignupInput } from '../../src/shared/account.js';
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
