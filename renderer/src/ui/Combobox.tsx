import {
  useEffect,
  useId,
  useMemo,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import { isImeComposing } from '../lib/keyboard';
import { foldForMatch, matchesQuery } from '../lib/match-text';
import { Field } from './Field';
import './pickers.css';

export interface ComboOption {
  readonly value: string;
  readonly label: string;
  /** Matched too and shown muted after the label: a code, a parent agency, a role. */
  readonly detail?: string;
  /** Indentation (the agency tree). */
  readonly depth?: number;
  /** A deactivated value: offered only while it is the one already on the record. */
  readonly inactive?: boolean;
}

/** The options a person may pick now: active ones matching the typing, plus the current value. */
export function visibleOptions(
  options: readonly ComboOption[],
  value: string | null,
  query: string,
  filter = true,
): ComboOption[] {
  return options.filter(
    (o) =>
      (!o.inactive || o.value === value) &&
      (!filter || matchesQuery(o.detail ? `${o.label} ${o.detail}` : o.label, query)),
  );
}

export interface ComboboxProps {
  readonly label: string;
  readonly options: readonly ComboOption[];
  readonly value: string | null;
  readonly onChange: (value: string | null) => void;
  readonly description?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly requiredMark?: string;
  readonly placeholder?: string;
  /** Async lists (client search): called with the typed text; the owner supplies `options`. */
  readonly onQueryChange?: (query: string) => void;
  /** False when the owner already filtered `options` (async lists). */
  readonly filter?: boolean;
  /** Label of the current value when it is not among `options` (async lists). */
  readonly selectedLabel?: string | undefined;
  /** Replaces the "no match" text while the owner is still looking (e.g. "searching…"). */
  readonly pendingText?: string | undefined;
  readonly maxShown?: number;
  readonly autoFocus?: boolean;
  readonly disabled?: boolean;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly testId?: string;
}

/**
 * The one searchable pick-list (WAI-ARIA combobox with a listbox popup, list autocomplete with
 * automatic selection). Typing filters on any part of the label (社會 finds 社會局) and makes
 * the first match active; ↑ ↓ move, Enter or Tab take the active option, Esc closes and restores
 * the current value. Enter while the list is closed is left to the form (Enter in the last
 * field saves), and never during an IME composition. Emptying the text clears an optional value.
 */
export function Combobox({
  label,
  options,
  value,
  onChange,
  description,
  error,
  required = false,
  requiredMark,
  placeholder,
  onQueryChange,
  filter = true,
  selectedLabel,
  pendingText,
  maxShown = 80,
  autoFocus = false,
  disabled = false,
  inputRef,
  testId,
}: ComboboxProps) {
  const { t } = useTranslation();
  const listId = useId();
  /** null = not typing: the box shows the current value's label. */
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const current = options.find((o) => o.value === value);
  const currentText = current ? current.label : value ? (selectedLabel ?? '') : '';
  const shown = useMemo(
    () => visibleOptions(options, value, query ?? '', filter),
    [options, value, query, filter],
  );
  const limited = shown.slice(0, maxShown);
  const activeIndex = Math.min(active, limited.length - 1);
  const optionId = (i: number) => `${listId}-o${i}`;

  useEffect(() => {
    if (!open || activeIndex < 0) return;
    document.getElementById(`${listId}-o${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [open, activeIndex, listId]);

  const choose = (o: ComboOption) => {
    setQuery(null);
    setOpen(false);
    setActive(-1);
    if (o.value !== value) onChange(o.value);
  };
  const openList = () => {
    setOpen(true);
    const at = limited.findIndex((o) => o.value === value);
    setActive(at >= 0 ? at : limited.length > 0 ? 0 : -1);
  };
  const closeAndRestore = () => {
    setOpen(false);
    setQuery(null);
    setActive(-1);
  };

  const onInput = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    setQuery(text);
    setOpen(true);
    setActive(text.trim() === '' ? -1 : 0);
    onQueryChange?.(text);
    if (text.trim() === '' && value !== null) onChange(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (isImeComposing(e)) return;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) openList();
        else setActive(Math.min(activeIndex + 1, limited.length - 1));
        return;
      case 'ArrowUp':
        e.preventDefault();
        if (e.altKey) setOpen(false);
        else if (open) setActive(Math.max(activeIndex - 1, 0));
        return;
      case 'Enter': {
        if (!open) return;
        // The list is open: Enter picks, it never submits the form behind.
        e.preventDefault();
        const o = limited[activeIndex];
        if (o) choose(o);
        else setOpen(false);
        return;
      }
      case 'Escape':
        if (open || query !== null) {
          // Only the list closes; a dialog or form behind must not read this Esc as "cancel".
          e.preventDefault();
          e.stopPropagation();
          closeAndRestore();
        }
        return;
      case 'Tab': {
        const o = limited[activeIndex];
        if (open && query !== null && o) choose(o);
        else setOpen(false);
        return;
      }
      default:
        return;
    }
  };

  const onBlur = () => {
    setOpen(false);
    setActive(-1);
    if (query === null) return;
    // Typed a whole label and left without picking: take it when it names exactly one option.
    const typed = foldForMatch(query);
    const exact = typed === '' ? [] : shown.filter((o) => foldForMatch(o.label) === typed);
    const only = exact.length === 1 ? exact[0] : undefined;
    if (only && only.value !== value) onChange(only.value);
    setQuery(null);
  };

  const hidden = shown.length - limited.length;
  return (
    <Field
      label={label}
      description={description}
      error={error}
      required={required}
      {...(requiredMark ? { requiredMark } : {})}
    >
      {(control) => (
        <div className="combobox" data-open={open} data-testid={testId}>
          <input
            {...control}
            ref={inputRef}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            autoFocus={autoFocus}
            disabled={disabled}
            placeholder={placeholder}
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
            value={query ?? currentText}
            onChange={onInput}
            onKeyDown={onKeyDown}
            onBlur={onBlur}
            onClick={() => (open ? setOpen(false) : openList())}
          />
          <span className="combobox-arrow" aria-hidden="true">
            ▾
          </span>
          <div className="combobox-popup" hidden={!open}>
            <ul
              id={listId}
              role="listbox"
              aria-label={label}
              className="combobox-list"
              hidden={limited.length === 0}
            >
              {limited.map((o, i) => (
                <li
                  key={o.value}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === activeIndex}
                  data-current={o.value === value}
                  className="combobox-option"
                  style={
                    o.depth ? { paddingInlineStart: `${0.75 + o.depth * 1.25}rem` } : undefined
                  }
                  // Keep focus in the box: a click picks without a blur in between.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(o)}
                >
                  <span>{o.label}</span>
                  {o.detail ? <span className="combobox-detail">{o.detail}</span> : null}
                  {o.inactive ? (
                    <span className="combobox-detail">{t('ui.combobox.inactive')}</span>
                  ) : null}
                </li>
              ))}
            </ul>
            {open && limited.length === 0 ? (
              <p className="combobox-empty" role="status">
                {pendingText ?? t('ui.combobox.noMatch')}
              </p>
            ) : null}
            {open && hidden > 0 ? (
              <p className="combobox-more">{t('ui.combobox.more', { count: hidden })}</p>
            ) : null}
          </div>
        </div>
      )}
    </Field>
  );
}
