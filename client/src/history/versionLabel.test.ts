import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/messages';
import { versionLabel } from './versionLabel';

const ja = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
  translate('ja', key, vars);
const en = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
  translate('en', key, vars);

describe('versionLabel', () => {
  it('says the server’s names in the interface language', () => {
    expect(versionLabel({ kind: 'auto', name: 'automatic' }, ja)).toBe('自動保存');
    expect(versionLabel({ kind: 'restore', name: 'before restoring "ワークショップ1の後"' }, ja)).toBe(
      '「ワークショップ1の後」に戻す前',
    );
    expect(versionLabel({ kind: 'restore', name: 'before restoring "After 1"' }, en)).toBe(
      'Before restoring "After 1"',
    );
  });

  it('shows names people typed as typed, even when they look like the server’s', () => {
    expect(versionLabel({ kind: 'named', name: 'automatic' }, ja)).toBe('automatic');
    expect(versionLabel({ kind: 'named', name: 'before restoring "x"' }, ja)).toBe('before restoring "x"');
  });
});
