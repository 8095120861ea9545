import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      demo: true,
      demoCustomers: 3000,
      duckdbThreads: 2,
    });
    expect(c.dataDir.endsWith('/data')).toBe(true);
  });
  it('reads and converts variables', () => {
    const c = loadConfig({ PORT: '8080', POLKU_DEMO: 'off', POLKU_PUBLIC_URL: 'https://polku.example.fi/' });
    expect(c).toMatchObject({ port: 8080, demo: false, publicUrl: 'https://polku.example.fi' });
  });
  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc', POLKU_ADMIN_PASSWORD: 'short', POLKU_DEMO: 'maybe' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: 'abc', POLKU_ADMIN_PASSWORD: 'short' });
    } catch (err) {
      expect(String(err)).toContain('PORT:');
      expect(String(err)).toContain('POLKU_ADMIN_PASSWORD: must be at least 10 characters');
    }
  });
});

describe('POLKU_TRUST_PROXY', () => {
  it('is off by default, and takes on, a hop count or proxy addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ POLKU_TRUST_PROXY: 'on' }).trustProxy).toBe(true);
    expect(loadConfig({ POLKU_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ POLKU_TRUST_PROXY: '10.0.0.1, 10.1.0.0/16' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
    ]);
  });
});
