import { codeGroups } from '../lib/codes';

/**
 * A recovery or escrow code in large monospace groups of four, numbered so a person copying it
 * by hand (or reading it aloud to a colleague) can say which group they are on.
 */
export function CodeDisplay({ code, label }: { readonly code: string; readonly label: string }) {
  const groups = codeGroups(code);
  return (
    <figure className="code-display">
      <figcaption className="code-display-label">{label}</figcaption>
      <ol className="code-groups" data-testid="secret-code">
        {groups.map((g, i) => (
          // Groups may repeat; their position is their identity.
          <li key={i} className="code-group">
            <span className="code-group-number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="code-group-text">{g}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
