import { describe, expect, it } from 'vitest';
import { messageBody, nudgeBody, partnershipPatchBody, partnershipRequestBody, sharingBody } from './partners.js';

const ID = '6f1d2c1e-4b7a-4c1e-9a51-0d2f3b4c5d6e';
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join('.'));

describe('partner schemas', () => {
  it.each([
    [{ accountId: ID }, []],
    [{ accountId: ID, rhythm: 'custom', rhythmDays: ['MO'] }, []],
    [{ accountId: ID, rhythm: 'custom' }, ['rhythmDays']],
    [{ accountId: ID, rhythmDays: ['MO', 'MO'] }, ['rhythmDays']],
    [{ accountId: ID, quietStart: '22:00' }, ['quietEnd']],
    [{ accountId: ID, quietStart: '24:00', quietEnd: '07:00' }, ['quietStart']],
  ])('request %j → problems at %j', (body, expected) => expect(paths(partnershipRequestBody.safeParse(body))).toEqual(expected));

  it('clears quiet hours only as a pair', () => {
    expect(partnershipPatchBody.safeParse({ quietStart: null, quietEnd: null }).success).toBe(true);
    expect(paths(partnershipPatchBody.safeParse({ quietStart: null, quietEnd: '07:00' }))).toEqual(['quietEnd']);
  });

  it('trims messages and needs words for a custom nudge', () => {
    expect(messageBody.parse({ body: '  hi  ' }).body).toBe('hi');
    expect(paths(messageBody.safeParse({ body: ' '.repeat(3) }))).toEqual(['body']);
    expect(paths(nudgeBody.safeParse({ nudge: 'custom' }))).toEqual(['text']);
    expect(nudgeBody.safeParse({ nudge: 'check_in' }).success).toBe(true);
  });

  it('takes each scope once, and none at all', () => {
    expect(sharingBody.safeParse({ scopes: [] }).success).toBe(true);
    expect(paths(sharingBody.safeParse({ scopes: ['goals', 'goals'] }))).toEqual(['scopes']);
  });
});
