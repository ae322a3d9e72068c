import type { ReactNode } from 'react';

export interface CardProps {
  readonly title: string;
  readonly children?: ReactNode;
  /** 'attention' for the one thing a person should do next; the title says why as well. */
  readonly tone?: 'plain' | 'attention';
  readonly headingLevel?: 2 | 3;
  readonly testId?: string;
}

/** A titled block on a page: home-page sections, empty states, a step of a task. */
export function Card({ title, children, tone = 'plain', headingLevel = 2, testId }: CardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card" data-tone={tone} data-testid={testId}>
      <Heading className="card-title">{title}</Heading>
      {children}
    </section>
  );
}

/** What an empty area will show once there is something, and what to do meanwhile. */
export function EmptyState({ children }: { readonly children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
