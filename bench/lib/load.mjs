// One autocannon measurement: a warm-up run that is thrown away, then the measured run.
import autocannon from 'autocannon';
import { cpuSeconds } from './servers.mjs';

/**
 * Loads `url` and returns throughput, latency and failures. With `serverPid`, also the
 * server's CPU time per request: unlike req/s it barely moves when something else on the
 * machine competes for the CPU, so it is the steadier figure on a busy box.
 */
export async function measure(url, { connections, warmupSeconds, durationSeconds, headers = {}, method = 'GET', body, serverPid }) {
  const request = { url, connections, headers, method, body };
  if (warmupSeconds > 0) await autocannon({ ...request, duration: warmupSeconds });
  const cpuBefore = serverPid ? cpuSeconds(serverPid) : null;
  const result = await autocannon({ ...request, duration: durationSeconds });
  const cpuAfter = serverPid ? cpuSeconds(serverPid) : null;
  const cpuUsed = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return {
    requestsPerSecond: result.requests.average,
    totalRequests: result.requests.total,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    // Response bytes on the wire (headers included): what compression changes.
    bytesPerResponse: result.requests.total === 0 ? null : Math.round(result.throughput.total / result.requests.total),
    serverCpuMicrosPerRequest:
      cpuUsed === null || result.requests.total === 0 ? null : Math.round((cpuUsed * 1e6) / result.requests.total),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** A run counts only if every response was 2xx and nothing failed or timed out. */
export function isClean(run) {
  return run.non2xx === 0 && run.errors === 0 && run.timeouts === 0 && run.totalRequests > 0;
}
