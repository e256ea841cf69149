import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/server/app.js';
import { TEST_ORIGIN } from './app.js';

let ipCounter = 0;

/** Builds a unique loopback-range client address, so tests do not share rate limits. */
export function uniqueIp(): string {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

/**
 * A browser-like client for app.inject: keeps the session cookie and sends our Origin on
 * writes, as the web app does. Pass `origin: null` to send none.
 */
export class TestClient {
  cookie: string | undefined;

  constructor(
    private readonly app: App,
    readonly ip = uniqueIp(),
  ) {}

  async request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string | undefined> = {},
  ): Promise<LightMyRequestResponse> {
    const merged: Record<string, string> = {};
    if (method !== 'GET' && method !== 'HEAD') merged.origin = TEST_ORIGIN;
    if (this.cookie) merged.cookie = this.cookie;
    for (const [k, v] of Object.entries(headers)) {
      if (v === undefined) delete merged[k];
      else merged[k] = v;
    }
    const res = await this.app.inject({
      method,
      url,
      headers: merged,
      remoteAddress: this.ip,
      ...(body !== undefined && { payload: body as InjectOptions['payload'] }),
    });
    const setCookie = res.cookies.find((c) => c.name === 'kindred_session');
    if (setCookie) this.cookie = setCookie.value ? `kindred_session=${setCookie.value}` : undefined;
    return res;
  }

  get(url: string, headers?: Record<string, string | undefined>) {
    return this.request('GET', url, undefined, headers);
  }
  post(url: string, body?: unknown, headers?: Record<string, string | undefined>) {
    return this.request('POST', url, body, headers);
  }
  put(url: string, body?: unknown, headers?: Record<string, string | undefined>) {
    return this.request('PUT', url, body, headers);
  }
  patch(url: string, body?: unknown, headers?: Record<string, string | undefined>) {
    return this.request('PATCH', url, body, headers);
  }
  delete(url: string, body?: unknown, headers?: Record<string, string | undefined>) {
    return this.request('DELETE', url, body, headers);
  }
}
