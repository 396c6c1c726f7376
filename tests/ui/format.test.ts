import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../src/io/decimal';
import { evenShares, formatNumber, formatPercent, isHundredPercent, percentSum } from '../../src/ui/format';

describe('parseDecimal', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 40 ', 40],
    ['0', 0],
    [',5', 0.5],
    ['.5', 0.5],
    ['3,', 3],
    ['-1,25', -1.25],
    ['+7', 7],
    ['\u22122', -2],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['', ' ', 'abc', '2,5,1', '1.000,5', '1e3', '12a', '--1', ',', 'NaN', 'Infinity'])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it('reads back what formatNumber writes, in both languages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom('en', 'nl'),
        (whole, frac, lang) => {
          const value = whole + (Math.sign(whole || 1) * frac) / 10000;
          expect(parseDecimal(formatNumber(value, lang))).toBeCloseTo(value, 8);
        },
      ),
    );
  });
});

describe('formatNumber', () => {
  it('uses the decimal comma in Dutch and the point in English', () => {
    expect(formatNumber(2.5, 'nl')).toBe('2,5');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
  });

  it('never groups thousands, which would read as decimals in the other language', () => {
    expect(formatNumber(1234.5, 'nl')).toBe('1234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1234.5');
  });

  it('leaves null empty and limits digits', () => {
    expect(formatNumber(null, 'en')).toBe('');
    expect(formatNumber(1 / 3, 'en', 2)).toBe('0.33');
    expect(formatNumber(40, 'nl')).toBe('40');
  });
});

describe('formatPercent', () => {
  it('shows fractions as percentages', () => {
    expect(formatPercent(0.5, 'en')).toBe('50 %');
    expect(formatPercent(1 / 3, 'nl')).toBe('33,33 %');
    expect(formatPercent(0.125, 'en', 1)).toBe('12.5 %');
  });
});

describe('share sums', () => {
  it('accepts 100 within tolerance and refuses 90', () => {
    expect(isHundredPercent([60, 40])).toBe(true);
    expect(isHundredPercent([33.33333333, 33.33333333, 33.33333334])).toBe(true);
    expect(isHundredPercent([60, 30])).toBe(false);
    expect(percentSum([60, 30])).toBe(90);
  });

  it('splits evenly into shares that sum to 100', () => {
    expect(evenShares(0)).toEqual([]);
    expect(evenShares(4)).toEqual([25, 25, 25, 25]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        const shares = evenShares(n);
        expect(shares).toHaveLength(n);
        expect(isHundredPercent(shares)).toBe(true);
        // The model checks fractions with 1e-6 tolerance: the saved value must pass too.
        expect(Math.abs(shares.reduce((a, p) => a + p / 100, 0) - 1)).toBeLessThanOrEqual(1e-6);
      }),
    );
  });
});
