import type { ReactNode } from 'react';

export interface ChipOption<T extends string> {
  readonly value: T;
  readonly label: string;
  /** Shown before the word (the risk level's shape); the word always carries the meaning. */
  readonly mark?: ReactNode;
}

/**
 * One multi-valued condition as a row of pressable chips (aria-pressed): "any of" the pressed
 * values. A group label says which condition it is.
 */
export function ToggleChips<T extends string>({
  label,
  options,
  selected,
  onToggle,
  testId,
}: {
  readonly label: string;
  readonly options: readonly ChipOption<T>[];
  readonly selected: readonly T[];
  readonly onToggle: (value: T) => void;
  readonly testId?: string;
}) {
  return (
    <div className="chip-group" role="group" aria-label={label} data-testid={testId}>
      <span className="chip-group-label" aria-hidden="true">
        {label}
      </span>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="chip"
          aria-pressed={selected.includes(o.value)}
          onClick={() => onToggle(o.value)}
        >
          {o.mark ? <span aria-hidden="true">{o.mark}</span> : null}
          {o.label}
        </button>
      ))}
    </div>
  );
}
