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

describe('agreement status in words', () => {
  it('names every company still waited for', () => {
    const status = { agreedBy: keys('a'), waitingFor: keys('b', 'c'), agreed: false };
    expect(agreementStatusText(status, companies, ja)).toBe('Blue Ocean Inc.・みどり物流の合意待ち');
    expect(agreementStatusText(status, companies, en)).toBe('Waiting for Blue Ocean Inc., みどり物流');
  });

  it('says when every company agreed, and when none has', () => {
    expect(
      agreementStatusText({ agreedBy: keys('a', 'b', 'c'), waitingFor: [], agreed: true }, companies, ja),
    ).toBe('全社合意');
    expect(
      agreementStatusText({ agreedBy: [], waitingFor: keys('a', 'b', 'c'), agreed: false }, companies, en),
    ).toBe('No agreement yet');
  });
});
