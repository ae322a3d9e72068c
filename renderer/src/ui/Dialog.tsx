import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  readonly open: boolean;
  readonly title: string;
  /** Esc, the close button or a Cancel inside: the owner decides (e.g. asks before discarding). */
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly size?: 'small' | 'medium';
}

/**
 * A modal on the native <dialog>: the browser traps focus, makes the page behind inert and
 * returns focus where it was. Esc is routed to `onClose` instead of closing by itself, so a form
 * with changes can ask first.
 */
export function Dialog({ open, title, onClose, children, size = 'medium' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className="dialog"
      data-size={size}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
