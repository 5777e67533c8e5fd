import { describe, expect, it } from '@jest/globals';
import { pageCount, pageRangeLabel } from './paging';

describe('pageCount', () => {
  it('rounds up and never goes below one page', () => {
    expect(pageCount(230, 50)).toBe(5);
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(10, 0)).toBe(1);
  });
});

describe('pageRangeLabel', () => {
  it('names the rows on show', () => {
    expect(pageRangeLabel(1, 50, 230)).toBe('1–50 of 230');
    expect(pageRangeLabel(5, 50, 230)).toBe('201–230 of 230');
    expect(pageRangeLabel(1, 50, 1200)).toBe('1–50 of 1,200');
  });

  it('says so when there is nothing, or the page is past the end', () => {
    expect(pageRangeLabel(1, 50, 0)).toBe('No results');
    expect(pageRangeLabel(9, 50, 230)).toBe('0 of 230');
  });
});
