import { describe, expect, it } from 'vitest';
import { crisisLinesFor, smsHref, telHref } from './crisis-lines.js';

const ids = (country: string | null) => crisisLinesFor(country).map((l) => l.id);

describe('crisisLinesFor', () => {
  it.each([
    ['US', ['us988', 'samhsa', 'findahelpline']],
    ['CA', ['ca988', 'findahelpline']],
    ['GB', ['samaritans', 'shout', 'findahelpline']],
    ['IE', ['samaritans', 'findahelpline']],
    ['FR', ['fr3114', 'findahelpline']],
    ['AU', ['lifeline', 'findahelpline']],
  ])('lists the lines for %s, then the international directory', (country, expected) => {
    expect(ids(country)).toEqual(expected);
  });

  it('gives only the international directory for unknown or missing countries', () => {
    expect(ids('ZZ')).toEqual(['findahelpline']);
    expect(ids(null)).toEqual(['findahelpline']);
    expect(crisisLinesFor(null)[0]?.url).toBe('https://findahelpline.com');
  });

  it('accepts lower-case codes', () => {
    expect(ids('us')).toEqual(ids('US'));
  });

  it('has the US numbers people know', () => {
    const [lifeline, samhsa] = crisisLinesFor('US');
    expect(lifeline?.phone).toBe('988');
    expect(lifeline?.sms?.number).toBe('988');
    expect(samhsa?.phone).toBe('1-800-662-4357');
  });

  it('gives every line a way to reach it and its hours', () => {
    for (const country of ['US', 'CA', 'GB', 'IE', 'FR', 'AU', 'ES', 'MX', null]) {
      for (const line of crisisLinesFor(country)) {
        expect(line.url).toMatch(/^https:\/\//);
        expect(line.hours).toBe('24/7');
        expect(line.descriptionKey).toMatch(/^crisis\.lines\./);
      }
    }
  });
});

describe('links', () => {
  it('builds dialable tel: links', () => {
    expect(telHref('1-800-662-4357')).toBe('tel:18006624357');
    expect(telHref('116 123')).toBe('tel:116123');
  });

  it('builds sms: links with an optional keyword', () => {
    expect(smsHref({ number: '988' })).toBe('sms:988');
    expect(smsHref({ number: '85258', body: 'SHOUT' })).toBe('sms:85258?&body=SHOUT');
  });
});
