import { describe, expect, it } from 'vitest';
import { hashPassword, isCommonPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('verifies the right password and refuses others', async () => {
    const hash = await hashPassword('quiet river morning');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('quiet river morning', hash)).toBe(true);
    expect(await verifyPassword('quiet river mornin', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same words here')).not.toBe(await hashPassword('same words here'));
  });

  it('treats Unicode-equivalent spellings as the same password', async () => {
    const hash = await hashPassword('caf\u00e9 con leche');
    expect(await verifyPassword('cafe\u0301 con leche', hash)).toBe(true);
  });

  it('refuses malformed stored hashes without throwing', async () => {
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });
});

describe('isCommonPassword', () => {
  it.each(['password', 'Password', '12345678', 'iloveyou', 'qwerty123', 'sunshine1', 'football'])('flags %s', (p) => {
    expect(isCommonPassword(p)).toBe(true);
  });
  it.each(['quiet river morning', 'lantern-fig-orbit-7', 'my dog walks at dawn'])('accepts %s', (p) => {
    expect(isCommonPassword(p)).toBe(false);
  });
});
