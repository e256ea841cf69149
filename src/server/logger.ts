import type { LoggerOptions } from 'pino';

/**
 * pino options shared by the app and its tests. Request logs carry method, route and
 * status only: never bodies, cookies or tokens, and never a member's personal content.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        '*.token',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        // The route pattern, not the raw URL: query strings and ids can carry personal data.
        route: req.routeOptions?.url ?? 'unmatched',
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
