import { describe, expect, it } from 'vitest';
import { ifNoneMatchHits, preferredCoding } from './content-coding.js';

describe('preferredCoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['x-gzip', 'gzip'],
    ['deflate', 'identity'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['GZIP', 'gzip'],
    ['identity', 'identity'],
    ['identity;q=1, gzip;q=0.5', 'identity'],
    ['identity;q=0, *;q=0', 'identity'],
    ['br;q=abc, gzip', 'gzip'],
    [' br ; q=1.0 , gzip', 'br'],
  ])('%j → %s', (header, expected) => {
    expect(preferredCoding(header)).toBe(expected);
  });
});

describe('ifNoneMatchHits', () => {
  const etag = '"abc123-br"';
  it.each([
    [undefined, false],
    ['', false],
    ['*', true],
    ['"abc123-br"', true],
    ['W/"abc123-br"', true],
    ['"other", "abc123-br"', true],
    ['"abc123"', false],
    ['"abc123-gzip"', false],
    ['abc123-br', false],
  ])('%j → %s', (header, expected) => {
    expect(ifNoneMatchHits(header, etag)).toBe(expected);
  });
});
