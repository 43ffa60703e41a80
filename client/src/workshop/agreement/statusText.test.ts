import type { Company, CompanyKey } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageVars } from '../../i18n/messages';
import { agreementStatusText } from './statusText';

const companies: Company[] = [
  { key: 'a' as CompanyKey, name: '株式会社あさひ', color: '#2f6fde' },
  { key: 'b' as CompanyKey, name: 'Blue Ocean Inc.', color: '#e0572b' },
  { key: 'c' as CompanyKey, name: 'みどり物流', color: '#1f9d6a' },
];
const ja = (key: MessageKey, vars?: MessageVars) => translate('ja', key, vars);
const en = (key: MessageKey, vars?: MessageVars) => translate('en', key, vars);
const keys = (...k: string[]) => k as CompanyKey[];
const status = (agreedBy: string[], changedSince: string[], waitingFor: string[]) => ({
  agreedBy: keys(...agreedBy),
  changedSince: keys(...changedSince),
  waitingFor: keys(...waitingFor),
  agreed: waitingFor.length === 0,
});

describe('agreement status in words', () => {
  it('names every company still waited for', () => {
    const partly = status(['a'], [], ['b', 'c']);
    expect(agreementStatusText(partly, companies, ja)).toBe('Blue Ocean Inc.、みどり物流の合意待ち');
    expect(agreementStatusText(partly, companies, en)).toBe('Waiting for Blue Ocean Inc., みどり物流');
  });

  it('says when every company agreed, and when none has', () => {
    expect(agreementStatusText(status(['a', 'b', 'c'], [], []), companies, ja)).toBe('全社合意');
    expect(agreementStatusText(status([], [], ['a', 'b', 'c']), companies, en)).toBe('No agreement yet');
  });

  it('says the card changed since it was agreed, and who must agree again', () => {
    const changed = status(['a'], ['b', 'c'], ['b', 'c']);
    expect(agreementStatusText(changed, companies, ja)).toBe(
      '合意後に変更あり：Blue Ocean Inc.、みどり物流の再合意待ち',
    );
    expect(agreementStatusText(changed, companies, en)).toBe(
      'Changed since agreed: waiting for Blue Ocean Inc., みどり物流 to agree again',
    );
  });

  it('asks a company that never agreed to agree, not to agree again', () => {
    const mixed = status(['a'], ['b'], ['b', 'c']);
    expect(agreementStatusText(mixed, companies, ja)).toBe(
      '合意後に変更あり：Blue Ocean Inc.の再合意とみどり物流の合意待ち',
    );
    expect(agreementStatusText(mixed, companies, en)).toBe(
      'Changed since agreed: waiting for Blue Ocean Inc. to agree again and みどり物流 to agree',
    );
  });
});
