import { describe, expect, it } from 'vitest';
import { CASE_CODE_DIGITS, formatCaseCode, newCaseCode, normalizeCaseCode } from '../../../src/lib/case-code';

describe('case codes', () => {
  it('are sixteen digits in four groups, easy to copy by hand', () => {
    expect(newCaseCode()).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
  });

  it('carry at least 40 bits of randomness', () => {
    expect(CASE_CODE_DIGITS * Math.log2(10)).toBeGreaterThanOrEqual(40);
  });

  it('do not repeat over many draws and use every digit about equally', () => {
    const codes = Array.from({ length: 5000 }, newCaseCode);
    expect(new Set(codes).size).toBe(codes.length);
    const counts = new Array(10).fill(0);
    for (const digit of codes.join('').replace(/ /g, '')) counts[Number(digit)]++;
    const expected = (codes.length * CASE_CODE_DIGITS) / 10;
    for (const count of counts) expect(Math.abs(count - expected) / expected).toBeLessThan(0.05);
  });

  it('are accepted as typed with spaces, dashes or dots between the groups', () => {
    expect(normalizeCaseCode('4821 0937 5561 2208')).toBe('4821093755612208');
    expect(normalizeCaseCode(' 4821-0937-5561-2208 ')).toBe('4821093755612208');
    expect(normalizeCaseCode('4821.0937.5561.2208')).toBe('4821093755612208');
  });

  it('are refused when a digit is missing or a letter crept in', () => {
    expect(normalizeCaseCode('4821 0937 5561 220')).toBeUndefined();
    expect(normalizeCaseCode('4821 0937 5561 22O8')).toBeUndefined();
    expect(normalizeCaseCode('')).toBeUndefined();
  });

  it('are shown in groups of four', () => {
    expect(formatCaseCode('4821093755612208')).toBe('4821 0937 5561 2208');
  });
});
