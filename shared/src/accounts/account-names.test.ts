import { describe, expect, it } from 'vitest';
import { companyNameKey, domainKey, sharedAccounts } from './account-names.js';

describe('companyNameKey', () => {
  it('reads the ways a Japanese company is written as one', () => {
    const key = companyNameKey('株式会社あさひ');
    for (const variant of [
      '（株）あさひ',
      '㈱あさひ',
      '(株) あさひ',
      'あさひ株式会社',
      ' あさひ　株式会社 ',
      'あさひ（株）',
    ])
      expect(companyNameKey(variant), variant).toBe(key);
  });

  it('folds width, case, spaces, punctuation and English legal forms', () => {
    expect(companyNameKey('ＡＢＣ　Ｔｒａｄｉｎｇ')).toBe(companyNameKey('abc trading'));
    expect(companyNameKey('ｱｻﾋ商事')).toBe(companyNameKey('アサヒ商事'));
    expect(companyNameKey('Blue Ocean Co., Ltd.')).toBe(companyNameKey('BLUE OCEAN'));
    expect(companyNameKey('Blue Ocean Inc.')).toBe(companyNameKey('blue-ocean'));
    expect(companyNameKey('Kumo K.K.')).toBe('kumo');
  });

  it('keeps different companies apart', () => {
    expect(companyNameKey('あさひ物流')).not.toBe(companyNameKey('あさひ'));
    expect(companyNameKey('アサヒ')).not.toBe(companyNameKey('あさひ'));
    expect(companyNameKey('株式会社')).toBe('');
  });
});

describe('domainKey', () => {
  it('takes the host of what people paste', () => {
    expect(domainKey('https://www.Example.co.jp/about')).toBe('example.co.jp');
    expect(domainKey('ＥＸＡＭＰＬＥ.com')).toBe('example.com');
    expect(domainKey('not a domain')).toBe('');
  });
});

describe('sharedAccounts', () => {
  it('matches by name key or by domain, each account once', () => {
    const shared = sharedAccounts(
      [
        { name: '株式会社あさひ', domain: '' },
        { name: 'Blue Ocean Inc.', domain: '' },
        { name: '東都銀行', domain: 'https://www.toto-bank.co.jp' },
        { name: 'ひとりだけ', domain: '' },
      ],
      [
        { name: '㈱あさひ', domain: '' },
        { name: 'BLUE OCEAN CO., LTD.', domain: '' },
        { name: 'Toto Bank', domain: 'toto-bank.co.jp' },
        { name: '別の会社', domain: '' },
      ],
    );
    expect(shared.map((account) => account.names)).toEqual([
      ['株式会社あさひ', '㈱あさひ'],
      ['Blue Ocean Inc.', 'BLUE OCEAN CO., LTD.'],
      ['東都銀行', 'Toto Bank'],
    ]);
  });
});
