// Printing the results table and saving the JSON record.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const COLUMNS = [
  ['scenario', 26],
  ['req/s', 10],
  ['p50 ms', 8],
  ['p99 ms', 8],
  ['CPU µs/req', 11],
  ['bytes/resp', 11],
  ['peak RSS MiB', 13],
  ['err/non2xx', 11],
  ['vs baseline', 12],
  ['result', 16],
];

const cell = (value, width) => String(value).padEnd(width);
const row = (values) => values.map((v, i) => cell(v, COLUMNS[i][1])).join(' ');

function runRow(name, run, ratio, verdict) {
  return row([
    name,
    Math.round(run.requestsPerSecond),
    run.latencyP50Ms,
    run.latencyP99Ms,
    run.serverCpuMicrosPerRequest ?? '?',
    run.bytesPerResponse ?? '?',
    run.peakRssMiB ?? '?',
    `${run.errors + run.timeouts}/${run.non2xx}`,
    ratio === null ? '' : `${ratio.toFixed(1)} %`,
    verdict,
  ]);
}

export function printScenarios(scenarios) {
  console.log(`\n${row(COLUMNS.map(([title]) => title))}`);
  console.log(COLUMNS.map(([, width]) => '-'.repeat(width)).join(' '));
  for (const s of scenarios) {
    console.log(runRow(`  baseline GET /`, s.baseline, null, s.baseline.clean ? '' : 'FAIL (errors)'));
    const target = s.targetPercent === null ? '' : s.ratioMet ? ` PASS ≥${s.targetPercent}%` : ` FAIL <${s.targetPercent}%`;
    const verdict = (s.kindred.clean ? 'ok' : 'FAIL (errors)') + target;
    console.log(runRow(`${s.name}`, s.kindred, s.ratioPercent, verdict));
  }
}

export function printStartup(startup) {
  console.log('\nStart-up (spawn → first 200 on /readyz):');
  for (const [label, ms] of [
    ['fresh data dir (migrations run)', startup.freshMs],
    ['already-migrated data dir', startup.migratedMs],
  ]) {
    console.log(`  ${label.padEnd(34)} ${String(ms).padStart(6)} ms  ${ms < startup.targetMs ? 'PASS' : 'FAIL'} (< ${startup.targetMs} ms)`);
  }
}

/** Writes bench/results/<timestamp>.json and latest.json; returns the timestamped path. */
export function saveResults(dir, results) {
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  // Colons are not allowed in Windows file names, so the ISO time uses dashes there.
  const file = path.join(dir, `${results.timestamp.replace(/:/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(path.join(dir, 'latest.json'), json);
  return file;
}
