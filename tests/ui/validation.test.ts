import { describe, expect, it } from 'vitest';
import {
  cycleRule,
  demandRule,
  disturbancesRule,
  headcountRule,
  hoursRule,
  loadRule,
  nameRule,
  percentRule,
  textRule,
} from '../../src/ui/validation';

describe('nameRule', () => {
  it('trims and accepts a name', () => {
    expect(nameRule('  Welder ')).toEqual({ ok: true, value: 'Welder' });
  });

  it('refuses an empty or blank name', () => {
    expect(nameRule('')).toEqual({ ok: false, error: { key: 'required' } });
    expect(nameRule('   ')).toEqual({ ok: false, error: { key: 'required' } });
  });

  it('refuses a name longer than the model allows', () => {
    expect(nameRule('x'.repeat(201))).toEqual({ ok: false, error: { key: 'tooLong', params: { max: 200 } } });
  });
});

describe('textRule', () => {
  it('allows empty text', () => {
    expect(textRule()('')).toEqual({ ok: true, value: '' });
  });
});

describe('number rules', () => {
  it('accepts Dutch decimal commas', () => {
    expect(loadRule('2,5')).toEqual({ ok: true, value: 2.5 });
    expect(headcountRule('1,5')).toEqual({ ok: true, value: 1.5 });
  });

  it('says what is wrong with a load', () => {
    expect(loadRule('-1')).toEqual({ ok: false, error: { key: 'negative' } });
    expect(loadRule('abc')).toEqual({ ok: false, error: { key: 'notANumber', params: { text: 'abc' } } });
    expect(loadRule('')).toEqual({ ok: false, error: { key: 'emptyNumber' } });
    expect(loadRule('0')).toEqual({ ok: true, value: 0 });
  });

  it('refuses a headcount of 0 and hours above a week', () => {
    expect(headcountRule('0')).toEqual({ ok: false, error: { key: 'notPositive' } });
    expect(hoursRule('169')).toEqual({ ok: false, error: { key: 'tooLarge', params: { max: 168 } } });
    expect(hoursRule('40')).toEqual({ ok: true, value: 40 });
  });

  it('treats an empty optional number as unknown', () => {
    expect(cycleRule('')).toEqual({ ok: true, value: null });
    expect(demandRule(' ')).toEqual({ ok: true, value: null });
    expect(cycleRule('0')).toEqual({ ok: false, error: { key: 'notPositive' } });
    expect(cycleRule('1,2')).toEqual({ ok: true, value: 1.2 });
  });

  it('bounds disturbances and shares', () => {
    expect(disturbancesRule('-0,5')).toEqual({ ok: false, error: { key: 'negative' } });
    expect(percentRule('0')).toEqual({ ok: false, error: { key: 'notPositive' } });
    expect(percentRule('100')).toEqual({ ok: true, value: 100 });
    expect(percentRule('100,5')).toEqual({ ok: false, error: { key: 'tooLarge', params: { max: 100 } } });
  });
});
