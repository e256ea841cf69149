/**
 * Typed errors with a stable machine code and an HTTP status. The error handler turns
 * them into {"error":{"code","message","details"}}; anything else becomes a bare 500.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export class Invalid extends AppError {
  constructor(message: string, details?: unknown, code = 'invalid') {
    super(400, code, message, details);
  }
}

export class Unauthenticated extends AppError {
  constructor(message = 'You need to log in.', code = 'unauthenticated') {
    super(401, code, message);
  }
}

export class InvalidCredentials extends AppError {
  constructor() {
    super(401, 'invalid_credentials', 'That username and password do not match.');
  }
}

export class Forbidden extends AppError {
  constructor(message = 'You are not allowed to do that.', code = 'forbidden') {
    super(403, code, message);
  }
}

export class NotFound extends AppError {
  constructor(message = 'Not found.', code = 'not_found') {
    super(404, code, message);
  }
}

export class Conflict extends AppError {
  constructor(message: string, code = 'conflict', details?: unknown) {
    super(409, code, message, details);
  }
}

export class TooManyRequests extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'Too many attempts. Please wait a moment and try again.', {
      retryAfterSeconds,
    });
  }
}
