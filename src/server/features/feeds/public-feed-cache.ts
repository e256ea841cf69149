import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Precompressed } from '../../http/precompressed.js';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** A rendered public feed: its JSON bytes, as they are and precompressed. */
export type RenderedFeed = Precompressed;

interface StampCheck {
  version: string;
  at: number;
  stamp: Promise<string>;
}

/**
 * The public feeds are the same for everyone and polled by apps. Rendering 1,000 meetings
 * takes tens of milliseconds and compressing them more, so each process keeps the last
 * rendered feed per key, with its gzip and brotli forms and a strong ETag, and renders again
 * only when the schedule stamp changes. Nothing personal is ever cached here.
 *
 * Asking the database for the stamp on every request would cost a query each; instead the
 * stamp is asked again only when this process changed the schedule (its in-process version
 * moved) or `recheckMs` has passed, so another process's change shows within `recheckMs`.
 * Promises are cached, so concurrent requests share one stamp query and one render.
 */
export class PublicFeedCache {
  private checked: StampCheck | undefined;
  private readonly entries = new Map<string, { stamp: string; feed: Promise<RenderedFeed> }>();

  constructor(private readonly recheckMs = 1000) {}

  stamp(version: string, nowMs: number, askDatabase: () => Promise<string>): Promise<string> {
    const last = this.checked;
    if (last && last.version === version && nowMs - last.at < this.recheckMs) return last.stamp;
    const check: StampCheck = { version, at: nowMs, stamp: askDatabase() };
    this.checked = check;
    // A failed query must not be remembered: the next request asks again.
    check.stamp.catch(() => {
      if (this.checked === check) this.checked = undefined;
    });
    return check.stamp;
  }

  get(key: string, stamp: string, render: () => Promise<unknown>): Promise<RenderedFeed> {
    const hit = this.entries.get(key);
    if (hit?.stamp === stamp) return hit.feed;
    const feed = render().then((value) => encode(JSON.stringify(value)));
    const entry = { stamp, feed };
    this.entries.set(key, entry);
    feed.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return feed;
  }
}

/**
 * The JSON in its three codings. Compression runs on libuv's thread pool, so a re-render
 * does not hold up other requests; it happens once per schedule change, hence the highest
 * levels (the smallest bodies for every poll that follows).
 */
export async function encode(json: string): Promise<RenderedFeed> {
  const identity = Buffer.from(json, 'utf8');
  const [gz, br] = await Promise.all([
    gzipped(identity, { level: constants.Z_BEST_COMPRESSION }),
    brotli(identity, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
  ]);
  // A strong validator names one representation, so each coding gets its own ETag.
  const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 32);
  return {
    identity: { body: identity, etag: `"${hash}"` },
    gzip: { body: gz, etag: `"${hash}-gzip"` },
    br: { body: br, etag: `"${hash}-br"` },
  };
}
