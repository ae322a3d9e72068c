import { useEffect, type ReactNode } from 'react';

export interface PageProps {
  readonly title: string;
  /** One line saying what the screen is for (UX.md: every screen has one). */
  readonly description: string;
  /** Product name appended to the window title; titles never carry personal data. */
  readonly appName?: string;
  readonly children?: ReactNode;
}

export function Page({ title, description, appName = 'EAP Desk', children }: PageProps) {
  useEffect(() => {
    document.title = `${title} — ${appName}`;
  }, [title, appName]);
  return (
    <article className="page">
      <header className="page-header">
        <h1 className="page-title">{title}</h1>
        <p className="page-description">{description}</p>
      </header>
      {children}
    </article>
  );
}
