import { describe, expect, it } from '@jest/globals';
import { detailLines } from './import-failure';

describe('detailLines', () => {
  it('names the field without the API prefix, and keeps details that name none', () => {
    expect(
      detailLines([
        { path: 'body.file', message: 'is empty' },
        { path: 'body.defaultCoderExternalId', message: 'is not a known coder' },
        { path: 'header', message: 'column "dx" is not known' },
        { message: 'the file is not text' },
      ]),
    ).toEqual([
      'File: is empty',
      'defaultCoderExternalId: is not a known coder',
      'header: column "dx" is not known',
      'the file is not text',
    ]);
  });
});
