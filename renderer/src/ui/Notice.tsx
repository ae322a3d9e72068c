import type { ReactNode } from 'react';

export interface NoticeProps {
  readonly tone: 'error' | 'info';
  readonly title: string;
  readonly children?: ReactNode;
}

/** A message block: errors are announced (role="alert") and carry a word and a mark, not colour alone. */
export function Notice({ tone, title, children }: NoticeProps) {
  return (
    <div className="notice" data-tone={tone} role={tone === 'error' ? 'alert' : 'status'}>
      <p className="notice-title">{title}</p>
      {children}
    </div>
  );
}
