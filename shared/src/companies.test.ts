import { describe, expect, it } from 'vitest';
import { companyName, type Company } from './companies.js';

const companies: Company[] = [
  { key: 'a' as Company['key'], name: '株式会社あさひ', color: '#2f6fde' },
  { key: 'b' as Company['key'], name: 'Blue Ocean Inc.', color: '#e0572b' },
];

describe('companyName', () => {
  it('names a company on the board', () => {
    expect(companyName(companies, 'a')).toBe('株式会社あさひ');
    expect(companyName(companies, 'b')).toBe('Blue Ocean Inc.');
  });

  it('falls back to the key for a company the board no longer lists, and to nothing for none', () => {
    expect(companyName(companies, 'c')).toBe('c');
    expect(companyName(companies, null)).toBe('');
    expect(companyName(companies, undefined)).toBe('');
  });
});
