/**
 * The public feeds are the same for everyone and are polled by apps. Rendering 1,000
 * meetings costs tens of milliseconds, so each process keeps the last rendered JSON per
 * feed and renders again only when its stamp changes. Nothing personal is ever cached.
 */
export class RenderCache {
  private readonly entries = new Map<string, { stamp: string; body: string }>();

  async get(key: string, stamp: string, render: () => Promise<unknown>): Promise<string> {
    const hit = this.entries.get(key);
    if (hit?.stamp === stamp) return hit.body;
    const body = JSON.stringify(await render());
    this.entries.set(key, { stamp, body });
    return body;
  }
}
