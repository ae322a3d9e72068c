import type { MouseEvent } from 'react';

/**
 * First tab stop: jumps past the top bar and menu. Focuses the target by script, because with a
 * hash router a plain `href="#main"` would be read as a route.
 */
export function SkipLink({
  targetId,
  label,
}: {
  readonly targetId: string;
  readonly label: string;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={onClick}>
      {label}
    </a>
  );
}
