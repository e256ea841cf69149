import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { groupWithCast } from '../helpers/factories.js';

type Role = 'signedOut' | 'outsider' | 'removed' | 'member' | 'coFacilitator' | 'facilitator';
const ROLES: Role[] = ['signedOut', 'outsider', 'removed', 'member', 'coFacilitator', 'facilitator'];

interface Row {
  route: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: (ids: { group: string; member: string }) => string;
  body?: unknown;
  /** Expected status per role, in ROLES order. */
  expect: [number, number, number, number, number, number];
}

const nobody = randomUUID();
/**
 * Who may call what, on an unlisted group. Non-members (also removed ones) get 404 — they
 * learn nothing, not even that the group exists. Rows run in order on one group, so the
 * agreement is published last (it would make members accept again).
 */
const MATRIX: Row[] = [
  { route: 'view group', method: 'GET', path: (i) => `/api/groups/${i.group}`, expect: [404, 404, 404, 200, 200, 200] },
  { route: 'edit group', method: 'PATCH', path: (i) => `/api/groups/${i.group}`, body: { description: 'Mondays' }, expect: [401, 404, 404, 403, 200, 200] },
  { route: 'read agreement', method: 'GET', path: (i) => `/api/groups/${i.group}/agreement`, expect: [404, 404, 404, 200, 200, 200] },
  { route: 'accept agreement', method: 'POST', path: (i) => `/api/groups/${i.group}/agreement/accept`, body: { version: 1 }, expect: [401, 404, 404, 200, 200, 200] },
  { route: 'join', method: 'POST', path: (i) => `/api/groups/${i.group}/join`, body: { agreementVersion: 1 }, expect: [401, 404, 404, 200, 200, 200] },
  { route: 'list requests', method: 'GET', path: (i) => `/api/groups/${i.group}/requests`, expect: [401, 404, 404, 403, 200, 200] },
  { route: 'approve request', method: 'POST', path: (i) => `/api/groups/${i.group}/requests/${nobody}/approve`, expect: [401, 404, 404, 403, 404, 404] },
  { route: 'decline request', method: 'POST', path: (i) => `/api/groups/${i.group}/requests/${nobody}/decline`, expect: [401, 404, 404, 403, 404, 404] },
  { route: 'list members', method: 'GET', path: (i) => `/api/groups/${i.group}/members`, expect: [401, 404, 404, 200, 200, 200] },
  { route: 'my settings', method: 'PATCH', path: (i) => `/api/groups/${i.group}/membership`, body: { showUsername: false }, expect: [401, 404, 404, 200, 200, 200] },
  { route: 'remove member', method: 'DELETE', path: (i) => `/api/groups/${i.group}/members/${nobody}`, expect: [401, 404, 404, 403, 404, 404] },
  { route: 'change role', method: 'PATCH', path: (i) => `/api/groups/${i.group}/members/${i.member}`, body: { role: 'member' }, expect: [401, 404, 404, 403, 403, 200] },
  { route: 'create invitation', method: 'POST', path: (i) => `/api/groups/${i.group}/invitations`, body: {}, expect: [401, 404, 404, 403, 201, 201] },
  { route: 'list invitations', method: 'GET', path: (i) => `/api/groups/${i.group}/invitations`, expect: [401, 404, 404, 403, 200, 200] },
  { route: 'revoke invitation', method: 'DELETE', path: (i) => `/api/groups/${i.group}/invitations/${nobody}`, expect: [401, 404, 404, 403, 404, 404] },
  { route: 'leave', method: 'POST', path: (i) => `/api/groups/${i.group}/leave`, expect: [401, 404, 404, 204, 204, 409] },
  { route: 'publish agreement', method: 'POST', path: (i) => `/api/groups/${i.group}/agreement`, body: { text: 'Be kind.' }, expect: [401, 404, 404, 404, 404, 201] },
];

for (const dialect of DIALECTS) {
  describe(`group authorisation matrix [${dialect}]`, () => {
    let t: TestApp;
    let clients: Record<Role, TestClient>;
    let ids: { group: string; member: string };
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      const cast = await groupWithCast(t.app);
      clients = {
        signedOut: new TestClient(t.app),
        outsider: cast.outsider.client,
        removed: cast.removed.client,
        member: cast.member.client,
        coFacilitator: cast.coFacilitator.client,
        facilitator: cast.facilitator.client,
      };
      ids = { group: cast.group.id, member: cast.member.membershipId };
    });
    afterAll(() => t.close());

    for (const row of MATRIX) {
      it(`${row.method} ${row.route}: ${ROLES.map((r, i) => `${r} ${row.expect[i]}`).join(', ')}`, async () => {
        const got: Record<string, number> = {};
        const want: Record<string, number> = {};
        for (const [i, role] of ROLES.entries()) {
          const res = await clients[role].request(row.method, row.path(ids), row.body);
          got[role] = res.statusCode;
          want[role] = row.expect[i]!;
          if (res.statusCode === 404 && role !== 'facilitator' && role !== 'coFacilitator') {
            expect(res.json().error.code).toBe('not_found');
          }
        }
        expect(got).toEqual(want);
      });
    }

    it('answers a non-member exactly as for a group that does not exist', async () => {
      const real = await clients.outsider.get(`/api/groups/${ids.group}/members`);
      const none = await clients.outsider.get(`/api/groups/${randomUUID()}/members`);
      expect(real.statusCode).toBe(404);
      expect(real.body).toBe(none.body);
    });
  });
}
