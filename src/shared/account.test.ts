import { describe, expect, it } from 'vitest';
import { signupBody } from './account.js';
import { pickLocale } from './locales.js';
import { isValidTimeZone } from './time-zone.js';

describe('isValidTimeZone', () => {
  it.each(['UTC', 'Europe/Madrid', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata'])('accepts %s', (z) => {
    expect(isValidTimeZone(z)).toBe(true);
  });
  it.each(['', 'Mars/Olympus', 'GMT+25', 'x'.repeat(100)])('refuses %s', (z) => {
    expect(isValidTimeZone(z)).toBe(false);
  });
});

describe('pickLocale', () => {
  it('takes the first supported language', () => {
    expect(pickLocale(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(pickLocale(['de'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

describe('signupBody', () => {
  it('accepts a pseudonym and nothing else personal', () => {
    expect(signupBody.safeParse({ username: 'quiet.river', password: 'long enough' }).success).toBe(true);
  });
  it('refuses usernames with spaces or leading punctuation', () => {
    expect(signupBody.safeParse({ username: 'quiet river', password: 'long enough' }).success).toBe(false);
    expect(signupBody.safeParse({ username: '.river', password: 'long enough' }).success).toBe(false);
  });
  it('refuses lower-case or unknown-length country codes', () => {
    expect(signupBody.safeParse({ username: 'abc', password: 'long enough', country: 'us' }).success).toBe(false);
    expect(signupBody.safeParse({ username: 'abc', password: 'long enough', country: 'USA' }).success).toBe(false);
  });
});
