import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'kindred-config-'));

describe('loadConfig', () => {
  it('gives a working SQLite deployment with no variables at all', () => {
    const dir = tmp();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      publicUrl: 'http://127.0.0.1:3000',
      publicOrigin: 'http://127.0.0.1:3000',
      secureCookies: false,
      database: { kind: 'sqlite', file: path.join(dir, 'kindred.sqlite') },
      sessionTtlDays: 30,
      trustProxy: false,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('generates the secret once, keeps it in DATA_DIR readable by the owner only, and reuses it', () => {
    const dir = tmp();
    const first = loadConfig({ DATA_DIR: dir }).secretKey;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).secretKey).toBe(first);
    const file = path.join(dir, 'secret.key');
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('switches to PostgreSQL and https from the environment', () => {
    const config = loadConfig({
      DATA_DIR: tmp(),
      DATABASE_URL: 'postgres://kindred@db:5432/kindred',
      PUBLIC_URL: 'https://kindred.example.org/',
      SECRET_KEY: 'k'.repeat(40),
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://kindred@db:5432/kindred' });
    expect(config.publicOrigin).toBe('https://kindred.example.org');
    expect(config.secureCookies).toBe(true);
    expect(config.secretKey).toBe('k'.repeat(40));
  });

  it('fails fast listing every problem at once', () => {
    const attempt = () =>
      loadConfig({ DATA_DIR: tmp(), PORT: 'eighty', DATABASE_URL: 'mysql://x', SECRET_KEY: 'short', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (err) {
      const message = (err as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'SECRET_KEY', 'LOG_LEVEL']) expect(message).toContain(name);
    }
  });
});
