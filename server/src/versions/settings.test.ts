import { describe, expect, it } from 'vitest';
import { configFromEnv, ConfigError } from '../config.js';

describe('history settings', () => {
  it('default to a version every 10 minutes and 50 automatic versions kept', () => {
    expect(configFromEnv({})).toMatchObject({ versionIntervalMs: 10 * 60_000, autoVersionsKept: 50 });
  });

  it('are read from KYOSO_VERSION_INTERVAL_MINUTES and KYOSO_AUTO_VERSIONS_KEPT', () => {
    const config = configFromEnv({ KYOSO_VERSION_INTERVAL_MINUTES: '3', KYOSO_AUTO_VERSIONS_KEPT: '7' });
    expect(config).toMatchObject({ versionIntervalMs: 3 * 60_000, autoVersionsKept: 7 });
  });

  it('refuse anything but a positive whole number', () => {
    for (const bad of ['0', '-1', '1.5', 'ten']) {
      expect(() => configFromEnv({ KYOSO_VERSION_INTERVAL_MINUTES: bad })).toThrow(ConfigError);
      expect(() => configFromEnv({ KYOSO_AUTO_VERSIONS_KEPT: bad })).toThrow(/KYOSO_AUTO_VERSIONS_KEPT/);
    }
  });
});
