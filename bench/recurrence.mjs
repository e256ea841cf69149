// Times expanding one year of occurrences for one meeting series (target: well under 1 ms).
// Bundles src/shared/recurrence.ts with esbuild, so it measures the same code server and web run.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function measureRecurrence({ iterations = 2000 } = {}) {
  const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'kindred-rec-')), 'recurrence.mjs');
  await build({ entryPoints: [path.join(root, 'src/shared/recurrence.ts')], outfile, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  const { expandOccurrences } = await import(pathToFileURL(outfile).href);
  const cases = {
    'weekly, 2 days, New York (crosses both DST changes)': {
      recurrence: { freq: 'weekly', interval: 1, byDay: ['MO', 'TH'] },
      startDate: '2026-01-05',
      startTime: '18:30',
      durationMinutes: 90,
      timeZone: 'America/New_York',
    },
    'monthly, last Friday, Sydney': {
      recurrence: { freq: 'monthly', interval: 1, byDay: [{ day: 'FR', nth: -1 }] },
      startDate: '2026-01-01',
      startTime: '19:00',
      durationMinutes: 60,
      timeZone: 'Australia/Sydney',
    },
  };
  const from = new Date('2027-01-01T00:00:00Z');
  const to = new Date('2028-01-01T00:00:00Z');
  const results = [];
  for (const [name, series] of Object.entries(cases)) {
    const exceptions = [{ date: '2027-03-15', status: 'cancelled' }];
    for (let i = 0; i < 200; i += 1) expandOccurrences(series, from, to, exceptions); // warm-up
    const started = performance.now();
    let count = 0;
    for (let i = 0; i < iterations; i += 1) count = expandOccurrences(series, from, to, exceptions).length;
    const perExpansionMs = (performance.now() - started) / iterations;
    results.push({ name, occurrences: count, perExpansionMs: Math.round(perExpansionMs * 1000) / 1000 });
  }
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const r of await measureRecurrence()) console.log(`${r.name}: ${r.occurrences} occurrences in ${r.perExpansionMs} ms`);
}
