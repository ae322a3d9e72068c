import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'ok' | 'warning' | 'danger' | 'info';

/** A status as a word with a shape beside it; the colour only repeats what the word says. */
export function StatusBadge({
  tone,
  children,
}: {
  readonly tone: BadgeTone;
  readonly children: ReactNode;
}) {
  return (
    <span className="status-badge" data-tone={tone}>
      {children}
    </span>
  );
}
