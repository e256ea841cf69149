const UUID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const SLUG_MAX = 60;

/**
 * A URL slug from a group name: lower-case ASCII letters, digits and dashes, accents
 * stripped ("Café Río" → "cafe-rio"). Never empty, and never shaped like a UUID, so a
 * route's `:id` can hold either without ambiguity.
 */
export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, '');
  if (!base) return 'group';
  return UUID_LIKE.test(base) ? `group-${base}` : base;
}

/** The first of base, base-2, base-3… not in `taken`. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function isUuid(value: string): boolean {
  return UUID_LIKE.test(value.toLowerCase());
}
