import { describe, expect, it } from '@jest/globals';
import { reviewShortcut, type KeyLike } from './review-shortcuts';

const key = (k: string, patch: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  inTextField: false,
  ...patch,
});

describe('reviewShortcut', () => {
  it('maps the documented keys', () => {
    expect(reviewShortcut(key('s', { ctrlKey: true }))).toBe('save');
    expect(reviewShortcut(key('S', { metaKey: true }))).toBe('save');
    expect(reviewShortcut(key('Enter', { ctrlKey: true }))).toBe('next');
    expect(reviewShortcut(key('a', { altKey: true }))).toBe('add');
    expect(reviewShortcut(key('/'))).toBe('picker');
  });

  it('leaves ordinary typing alone', () => {
    expect(reviewShortcut(key('/', { inTextField: true }))).toBeNull();
    expect(reviewShortcut(key('s'))).toBeNull();
    expect(reviewShortcut(key('Enter'))).toBeNull();
  });
});
