import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { postMultipart } from './post-multipart';

describe('postMultipart', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('sends the fields, each side file under its own part name, and the main file last', async () => {
    let sent: FormData | null = null;
    globalThis.fetch = jest.fn(async (_path: unknown, init?: RequestInit) => {
      sent = init?.body as FormData;
      return new Response(JSON.stringify({ importId: 'i1' }), { status: 202 });
    }) as typeof fetch;
    const file = new File(['ISA*00~'], 'claims.837');
    const mapping = new File(['provider_npi,coder_id\n1234567893,C001\n'], 'coders.csv');
    const answer = await postMultipart<{ importId: string }>(
      '/api/imports',
      { source: 'upload', defaultCoderExternalId: undefined },
      file,
      { coderMapping: mapping, unused: null },
    );
    expect(answer).toEqual({ importId: 'i1' });
    const form = sent as unknown as FormData;
    expect([...form.keys()]).toEqual(['source', 'coderMapping', 'file']);
    const part = form.get('coderMapping') as File;
    expect(part.name).toBe('coders.csv');
    expect(await part.text()).toBe('provider_npi,coder_id\n1234567893,C001\n');
    expect((form.get('file') as File).name).toBe('claims.837');
  });
});
