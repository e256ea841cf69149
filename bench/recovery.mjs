// Issue 4's bench: a member with a year of data — 365 daily check-ins and an abstain goal
// with 365 day records — saving today's check-in and reading their goal's progress; and the
// pure progress derivation on its own (bundled from src/shared with esbuild, as the server runs it).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { apiJson } from './lib/kindred.mjs';
import { seedYearFor } from './lib/scale-seed.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');


/**
 * Gives the bench member a year of records (written straight into the SQLite file; the API only
 * back-fills 90 days) and returns the two load scenarios.
 */
export async function recoveryScenarios({ origin, cookie, dataDir }) {
  const me = await apiJson(origin, cookie, 'GET', '/api/me');
  const { today } = await apiJson(origin, cookie, 'GET', '/api/checkins/window');
  const startDate = new Date(Date.parse(`${today}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10);
  const goal = await apiJson(origin, cookie, 'POST', '/api/goals', { kind: 'abstain', title: 'Alcohol-free', startDate });
  const db = new Database(path.join(dataDir, 'kindred.sqlite'));
  db.pragma('busy_timeout = 5000');
  try {
    await seedYearFor({ dialect: 'sqlite', db }, { accountId: me.id, goalId: goal.id, days: 365 });
  } finally {
    db.close();
  }
  const checkin = { mood: 4, energy: 3, craving: 2, stress: 4, sleepHours: 7.5, sleepQuality: 4, meals: true, strategies: ['walk'] };
  return [
    {
      name: 'PUT /api/checkins/:today (a year of data)',
      path: `/api/checkins/${today}`,
      method: 'PUT',
      body: JSON.stringify(checkin),
      headers: { 'content-type': 'application/json', origin },
      authenticated: true,
      targetPercent: 50,
    },
    { name: 'GET /api/goals/:id/progress (365 day records)', path: `/api/goals/${goal.id}/progress`, authenticated: true, targetPercent: 50 },
  ];
}

/** Milliseconds to derive one goal's progress from a year of day records (target: well under 1 ms). */
export async function measureProgressDerivation({ iterations = 5000 } = {}) {
  const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'kindred-progress-')), 'progress.mjs');
  await build({ entryPoints: [path.join(root, 'src/shared/recovery/progress.ts')], outfile, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  const { goalProgress } = await import(pathToFileURL(outfile).href);
  const today = '2027-06-30';
  const day = (i) => new Date(Date.parse(`${today}T00:00:00Z`) - i * 86_400_000).toISOString().slice(0, 10);
  const cases = {
    'abstain, 365 days, a lapse every 41 days': {
      goal: { id: 'g', kind: 'abstain', startDate: day(365), target: null, status: 'active', achievedOn: null },
      days: Array.from({ length: 365 }, (_, i) => ({ date: day(i + 1), met: i % 41 !== 0, amount: null })),
    },
    'reduce ≤ 3 a day, 365 days with amounts': {
      goal: { id: 'g', kind: 'reduce', startDate: day(365), target: { amount: 3, per: 'day' }, status: 'active', achievedOn: null },
      days: Array.from({ length: 365 }, (_, i) => ({ date: day(i + 1), met: true, amount: i % 5 })),
    },
  };
  const results = [];
  for (const [name, { goal, days }] of Object.entries(cases)) {
    for (let i = 0; i < 500; i += 1) goalProgress(goal, days, today);
    const started = performance.now();
    for (let i = 0; i < iterations; i += 1) goalProgress(goal, days, today);
    results.push({ name, perDerivationMs: Math.round(((performance.now() - started) / iterations) * 1000) / 1000 });
  }
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const r of await measureProgressDerivation()) console.log(`${r.name}: ${r.perDerivationMs} ms`);
}
