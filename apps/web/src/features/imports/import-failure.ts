import type { ErrorDetail } from '@recode/contracts';

/** Where a problem is, as a person reads it: the API's `body.` prefix says nothing to them. */
function fieldOf(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const field = path.replace(/^(body|query)\./, '');
  return field === 'file' ? 'File' : field;
}

/** "File: is empty", "line 3: unknown column foo": one line per detail of a refusal or a failed import. */
export function detailLines(details: readonly Pick<ErrorDetail, 'path' | 'message'>[]): string[] {
  return details.map((detail) => {
    const field = fieldOf(detail.path);
    return field ? `${field}: ${detail.message}` : detail.message;
  });
}
