import { describe, expect, it } from 'vitest';
import { isImeComposing, isSubmitEnter, preventImeEnterSubmit } from './keyboard';

describe('isImeComposing', () => {
  it('is true while a 注音 composition is open (React event)', () => {
    expect(isImeComposing({ key: 'Enter', nativeEvent: { isComposing: true } })).toBe(true);
  });

  it('is true for the legacy IME keyCode 229, on the event or the native event', () => {
    expect(isImeComposing({ key: 'Process', keyCode: 229 })).toBe(true);
    expect(isImeComposing({ key: 'Enter', nativeEvent: { keyCode: 229 } })).toBe(true);
  });

  it('is true for a DOM KeyboardEvent flagged as composing', () => {
    expect(isImeComposing({ key: 'Enter', isComposing: true })).toBe(true);
  });

  it('is false for an ordinary Enter', () => {
    expect(isImeComposing({ key: 'Enter', keyCode: 13, nativeEvent: { isComposing: false } })).toBe(
      false,
    );
    expect(isImeComposing({})).toBe(false);
  });
});

describe('isSubmitEnter', () => {
  it('accepts a plain Enter only', () => {
    expect(isSubmitEnter({ key: 'Enter', keyCode: 13 })).toBe(true);
    expect(isSubmitEnter({ key: 'Enter', nativeEvent: { isComposing: true } })).toBe(false);
    expect(isSubmitEnter({ key: 'Enter', shiftKey: true })).toBe(false);
    expect(isSubmitEnter({ key: 'a' })).toBe(false);
  });
});

describe('preventImeEnterSubmit', () => {
  const run = (event: Parameters<typeof isImeComposing>[0]) => {
    let prevented = false;
    preventImeEnterSubmit({ ...event, preventDefault: () => (prevented = true) });
    return prevented;
  };

  it('cancels the Enter that commits a composition, and nothing else', () => {
    expect(run({ key: 'Enter', nativeEvent: { isComposing: true } })).toBe(true);
    expect(run({ key: 'Enter', keyCode: 229 })).toBe(true);
    expect(run({ key: 'Enter', keyCode: 13 })).toBe(false);
    expect(run({ key: 'x', nativeEvent: { isComposing: true } })).toBe(false);
  });
});
