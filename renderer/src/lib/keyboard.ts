/**
 * Chinese input (注音, 倉頡) composes text in the IME; the Enter that commits a composition must
 * never submit a form or trigger a shortcut. Chromium marks such keys with `isComposing`, and
 * some IMEs only with the legacy keyCode 229 ("IME is processing"), so both are checked.
 */

/** The parts of a React or DOM keyboard event the check reads. */
export interface KeyEventLike {
  readonly key?: string;
  readonly keyCode?: number;
  readonly isComposing?: boolean;
  readonly nativeEvent?: { readonly isComposing?: boolean; readonly keyCode?: number };
}

const IME_PROCESSING_KEYCODE = 229;

export function isImeComposing(event: KeyEventLike): boolean {
  return (
    event.nativeEvent?.isComposing === true ||
    event.isComposing === true ||
    event.keyCode === IME_PROCESSING_KEYCODE ||
    event.nativeEvent?.keyCode === IME_PROCESSING_KEYCODE
  );
}

/** Enter that a person meant as "save": not during composition, not with Shift (a new line). */
export function isSubmitEnter(event: KeyEventLike & { readonly shiftKey?: boolean }): boolean {
  return event.key === 'Enter' && event.shiftKey !== true && !isImeComposing(event);
}

/**
 * Form-level onKeyDown: cancels the implicit submit of a composing Enter. Put it on the <form>
 * so every field is covered without each one knowing.
 */
export function preventImeEnterSubmit(event: KeyEventLike & { preventDefault(): void }): void {
  if (event.key === 'Enter' && isImeComposing(event)) event.preventDefault();
}
