import { networkError, toApiError } from './api-error';

/**
 * A multipart POST (fields, small side files, then the main file) with the same failure handling as the JSON
 * client. The JSON client cannot send it: the browser must set the multipart boundary itself.
 */
export async function postMultipart<T>(
  path: string,
  fields: Readonly<Record<string, string | undefined>>,
  file: File,
  sideFiles: Readonly<Record<string, File | null | undefined>> = {},
): Promise<T> {
  const form = new FormData();
  // Fields before the file: servers that stream the body read them first.
  for (const [key, value] of Object.entries(fields)) if (value) form.append(key, value);
  for (const [key, side] of Object.entries(sideFiles)) if (side) form.append(key, side, side.name);
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json' },
      body: form,
    });
  } catch {
    throw networkError();
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    // Not JSON (a proxy's error page): toApiError falls back to a message by status.
  }
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}
