/** Only same-app paths are followed after login ("/groups", never "//evil.example"). */
export function safeNextPath(next: string | null | undefined, fallback = '/today'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (next === '/' || next.startsWith('/login') || next.startsWith('/signup')) return fallback;
  return next;
}
