import { describe, expect, it } from 'vitest';
import { dropIndex, dropSide, stepIndex } from '../../src/ui/listReorder';
import { SWIPE, keyAction, keyBelongsToTarget, navigate, swipeAction } from '../../src/ui/presentation/navigation';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  keyAction({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('stepping through slides', () => {
  it.each([
    [0, 3, 'next', 1],
    [2, 3, 'next', 2],
    [1, 3, 'prev', 0],
    [0, 3, 'prev', 0],
    [1, 3, 'first', 0],
    [0, 3, 'last', 2],
    [5, 3, 'prev', 2],
    [0, 0, 'next', 0],
  ] as const)('from %i of %i, %s goes to %i', (index, count, action, expected) => {
    expect(navigate(index, count, action)).toBe(expected);
  });
});

describe('the presenter keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['o', 'toggle-overlay'],
    ['I', 'toggle-inspector'],
    ['x', null],
  ])('%j → %s', (key, action) => {
    expect(press(key)).toBe(action);
  });

  it('leaves keys with Ctrl, Cmd or Alt to the editor (Ctrl+Z still undoes)', () => {
    expect(press('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(press('o', { metaKey: true })).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
  });

  it('never takes keys from a text field, nor Space from a focused button', () => {
    expect(keyBelongsToTarget('ArrowRight', { tagName: 'INPUT' })).toBe(true);
    expect(keyBelongsToTarget('o', { tagName: 'TEXTAREA' })).toBe(true);
    expect(keyBelongsToTarget('Escape', { tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(keyBelongsToTarget(' ', { tagName: 'BUTTON' })).toBe(true);
    expect(keyBelongsToTarget('ArrowRight', { tagName: 'BUTTON' })).toBe(false);
    expect(keyBelongsToTarget(' ', { tagName: 'DIV' })).toBe(false);
    expect(keyBelongsToTarget(' ', null)).toBe(false);
  });
});

describe('swipes on the caption bar', () => {
  const at = (x: number, y = 0, t = 0) => ({ x, y, t });
  it('pages forward on a swipe to the left and back on a swipe to the right', () => {
    expect(swipeAction(at(300), at(200, 10, 200))).toBe('next');
    expect(swipeAction(at(200), at(300, -10, 200))).toBe('prev');
  });

  it('ignores taps, slow drags and mostly vertical moves', () => {
    expect(swipeAction(at(200), at(200 - SWIPE.minDistance + 1, 0, 100))).toBeNull();
    expect(swipeAction(at(300), at(100, 0, SWIPE.maxDuration + 1))).toBeNull();
    expect(swipeAction(at(300, 0), at(220, 70, 100))).toBeNull();
  });
});

describe('reordering by drag and keyboard', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('drops before or after the target by which half the pointer is over', () => {
    expect(dropSide(10, 0, 100)).toBe('before');
    expect(dropSide(60, 0, 100)).toBe('after');
  });

  it.each([
    ['a', 'c', 'after', 2],
    ['a', 'd', 'after', 3],
    ['d', 'a', 'before', 0],
    ['d', 'b', 'after', 2],
    ['b', 'c', 'before', null],
    ['b', 'a', 'after', null],
    ['b', 'b', 'before', null],
    ['x', 'a', 'before', null],
  ] as const)('%s dropped on %s (%s) → index %s', (moving, target, side, expected) => {
    expect(dropIndex(ids, moving, target, side)).toBe(expected);
  });

  it('moves one place left or right, not past the ends', () => {
    expect(stepIndex(ids, 'b', 1)).toBe(2);
    expect(stepIndex(ids, 'b', -1)).toBe(0);
    expect(stepIndex(ids, 'a', -1)).toBeNull();
    expect(stepIndex(ids, 'd', 1)).toBeNull();
  });
});
