import { describe, expect, it } from 'vitest';
import { configFromEnv, ConfigError, DEFAULT_CONFIG } from './config.js';

describe('configFromEnv', () => {
  it('uses the documented defaults', () => {
    const config = configFromEnv({});
    expect(config.port).toBe(8787);
    expect(config.dataDir).toBe('./data');
    expect(config.limits).toEqual(DEFAULT_CONFIG.limits);
    expect(config.adminToken).toBeUndefined();
  });

  it('reads every setting from the environment', () => {
    const config = configFromEnv({
      PORT: '9000',
      HOST: '127.0.0.1',
      DATA_DIR: '/var/kyoso',
      KYOSO_SECRET: 's',
      KYOSO_ADMIN_TOKEN: 'a',
      DATABASE_URL: 'postgres://x',
      KYOSO_PUBLIC_URL: 'https://kyoso.example.com/',
      KYOSO_MAX_MESSAGE_BYTES: '2048',
      KYOSO_MAX_CONNECTIONS_PER_ROOM: '7',
      KYOSO_MAX_CONNECTIONS_PER_TOKEN: '3',
      KYOSO_BOARDS_PER_MINUTE: '5',
      KYOSO_TRUST_PROXY: '1',
      KYOSO_LOG_LEVEL: 'DEBUG',
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '127.0.0.1',
      dataDir: '/var/kyoso',
      secret: 's',
      adminToken: 'a',
      databaseUrl: 'postgres://x',
      publicUrl: 'https://kyoso.example.com',
      trustProxy: true,
      logLevel: 'debug',
    });
    expect(config.limits).toMatchObject({ maxConnectionsPerToken: 3, boardsPerMinute: 5 });
    expect(config.limits.maxMessageBytes).toBe(2048);
    expect(config.limits.maxConnectionsPerRoom).toBe(7);
  });

  it('refuses nonsense with a message naming the variable', () => {
    expect(() => configFromEnv({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => configFromEnv({ KYOSO_MAX_MESSAGE_BYTES: '-1' })).toThrow(/KYOSO_MAX_MESSAGE_BYTES/);
    expect(() => configFromEnv({ KYOSO_ROOM_IDLE_MS: '1.5' })).toThrow(/KYOSO_ROOM_IDLE_MS/);
    expect(() => configFromEnv({ KYOSO_LOG_LEVEL: 'loud' })).toThrow(/KYOSO_LOG_LEVEL must be one of debug/);
    expect(() => configFromEnv({ KYOSO_TRUST_PROXY: 'yes' })).toThrow(/KYOSO_TRUST_PROXY/);
  });

  it('treats empty variables as unset', () => {
    expect(configFromEnv({ KYOSO_ADMIN_TOKEN: '', DATABASE_URL: '' })).toMatchObject({
      adminToken: undefined,
      databaseUrl: undefined,
    });
  });
});
