/** A small typed fetch client for Kindred's JSON API (same origin, cookie session). */

export interface FieldProblem {
  field: string;
  message: string;
}

/** An answer from the API that was not a success, or a request that never got one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldProblem[] | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const SESSION_ENDED_EVENT = 'kindred:session-ended';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network', 'Could not reach Kindred. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    // A session that ended elsewhere (revoked, password changed): let the app sign out.
    if (response.status === 401 && !path.startsWith('/api/auth/')) window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
    throw toApiError(response.status, payload);
  }
  return payload as T;
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : status >= 500 ? 'internal' : 'unknown';
  const message = typeof error?.message === 'string' ? error.message : `Request failed (${status}).`;
  const details = Array.isArray(error?.details) ? (error.details as FieldProblem[]).filter(isFieldProblem) : null;
  return new ApiError(status, code, message, details);
}

function isFieldProblem(value: FieldProblem): boolean {
  return typeof value?.field === 'string' && typeof value?.message === 'string';
}
