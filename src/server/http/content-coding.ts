/** The content codings Kindred can send a precompressed body in, best first. */
export const CODINGS = ['br', 'gzip', 'identity'] as const;
export type Coding = (typeof CODINGS)[number];

/**
 * The coding to send for an Accept-Encoding header (RFC 9110 §12.5.3): the highest
 * q-value among the codings we have, ties going to the smaller body (br, then gzip).
 * No header, or nothing acceptable, gives identity: a client that refuses identity too
 * still gets readable JSON rather than a 406 that helps nobody.
 */
export function preferredCoding(acceptEncoding: string | undefined): Coding {
  if (!acceptEncoding) return 'identity';
  // Feed readers send the same few header values again and again: parse each once.
  const known = recent.get(acceptEncoding);
  if (known !== undefined) return known;
  const coding = parseAcceptEncoding(acceptEncoding);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(acceptEncoding, coding);
  return coding;
}

const RECENT_LIMIT = 100;
const recent = new Map<string, Coding>();

function parseAcceptEncoding(acceptEncoding: string): Coding {
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [rawName = '', ...params] = part.split(';');
    const name = rawName.trim().toLowerCase();
    if (!name) continue;
    let weight = 1;
    for (const param of params) {
      const [key, value] = param.split('=').map((s) => s.trim().toLowerCase());
      if (key === 'q') weight = Number(value);
    }
    if (Number.isFinite(weight)) q.set(name === 'x-gzip' ? 'gzip' : name, Math.min(1, Math.max(0, weight)));
  }
  const wildcard = q.get('*');
  // identity is acceptable unless refused by name, or by `*;q=0` without naming it.
  const weightOf = (coding: Coding) => q.get(coding) ?? (coding === 'identity' ? (wildcard === 0 ? 0 : 0.001) : (wildcard ?? 0));
  let best: Coding = 'identity';
  let bestWeight = 0;
  for (const coding of CODINGS) {
    const weight = weightOf(coding);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * Whether an If-None-Match header matches the ETag of what we would send (weak comparison,
 * RFC 9110 §13.1.2): `*`, or any listed tag equal to ours once `W/` is ignored.
 */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const ours = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === ours);
}
