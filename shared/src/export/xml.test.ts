import { describe, expect, it } from 'vitest';
import { escapeXml, xmlNumber } from './xml.js';

describe('escapeXml', () => {
  it('escapes every character with a meaning in markup', () => {
    expect(escapeXml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &apos;y&apos;)&lt;/script&gt;',
    );
  });

  it('drops characters XML 1.0 forbids and keeps the rest', () => {
    expect(escapeXml('a\u0001\u001Fb\uFFFE\uDC00c')).toBe('abc');
    expect(escapeXml('提携😀\n')).toBe('提携😀\n');
  });
});

describe('xmlNumber', () => {
  it('writes finite numbers with at most two decimals', () => {
    expect(xmlNumber(1.23456)).toBe('1.23');
    expect(xmlNumber(-0.001)).toBe('0');
    expect(xmlNumber(Number.NaN)).toBe('0');
  });
});
