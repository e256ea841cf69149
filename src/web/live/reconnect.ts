const FIRST_MS = 1000;
const CEILING_MS = 30_000;

/**
 * How long to wait before the next reconnect: doubling from 1 s up to 30 s, each wait a
 * random point in its upper half, so a server restart is not met by every app at once.
 */
export function reconnectDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CEILING_MS, FIRST_MS * 2 ** Math.max(0, failures));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
