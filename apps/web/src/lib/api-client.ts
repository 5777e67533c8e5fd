import { isSessionLost, networkError, toApiError, type ApiError } from './api-error';
import { buildQueryString, type QueryParams } from './query-string';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
}

type SessionLostHandler = () => void;

// Until the app registers its own handler (which keeps the SPA state tidy), a lost session
// simply reloads the login page.
let onSessionLost: SessionLostHandler = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

/** The app shell registers how to react when any call reports that the session is gone. */
export function setSessionLostHandler(handler: SessionLostHandler): void {
  onSessionLost = handler;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * One fetch for every call: same-origin cookie session, JSON both ways, and every failure turned
 * into an ApiError carrying the server's code, message and field details.
 */
export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const url = path + buildQueryString(options.query ?? {});
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'include',
      headers: { Accept: 'application/json', ...(hasBody ? { 'Content-Type': 'application/json' } : {}) },
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError();
  }

  const body = await readBody(response);
  if (response.ok) return body as T;

  const error: ApiError = toApiError(response.status, body);
  if (isSessionLost(path, error.status, error.code)) onSessionLost();
  throw error;
}

export const apiClient = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
};
