import type { FormHTMLAttributes } from 'react';
import { preventImeEnterSubmit } from '../lib/keyboard';

/**
 * Every form of the app: the Enter that commits a 注音/倉頡 composition never submits, and the
 * browser's own validation bubbles stay off (messages come translated, beside each field).
 */
export function Form({ onKeyDown, ...rest }: FormHTMLAttributes<HTMLFormElement>) {
  return (
    <form
      noValidate
      {...rest}
      onKeyDown={(event) => {
        preventImeEnterSubmit(event);
        onKeyDown?.(event);
      }}
    />
  );
}
