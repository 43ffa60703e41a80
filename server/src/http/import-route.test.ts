import { describe, expect, it } from 'vitest';
import { configFromEnv, ConfigError } from '../config.js';

describe('the import size limit', () => {
  it('is 32 MiB unless KYOSO_MAX_IMPORT_BYTES says otherwise, apart from other API bodies', () => {
    expect(configFromEnv({}).limits.maxImportBytes).toBe(32 * 1024 * 1024);
    const config = configFromEnv({ KYOSO_MAX_IMPORT_BYTES: '1234' });
    expect(config.limits.maxImportBytes).toBe(1234);
    expect(config.limits.maxBodyBytes).toBe(configFromEnv({}).limits.maxBodyBytes);
    expect(() => configFromEnv({ KYOSO_MAX_IMPORT_BYTES: '-1' })).toThrow(ConfigError);
  });
});
