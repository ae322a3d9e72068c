import { useTranslation } from 'react-i18next';

export interface ChooserColumn {
  readonly id: string;
  readonly header: string;
  readonly visible: boolean;
  /** The column that names the row (case number) stays: a row without it means nothing. */
  readonly hideable: boolean;
}

/**
 * Which columns show, for a table wider than its space. A disclosure with checkboxes: plain
 * keyboard use, and screen readers hear each column's state.
 */
export function ColumnChooser({
  columns,
  onToggle,
  onReset,
}: {
  readonly columns: readonly ChooserColumn[];
  readonly onToggle: (id: string, visible: boolean) => void;
  readonly onReset: () => void;
}) {
  const { t } = useTranslation();
  const hidden = columns.filter((c) => !c.visible).length;
  return (
    <details className="column-chooser" data-testid="column-chooser">
      <summary className="button" data-variant="secondary">
        {hidden > 0
          ? t('ui.dataTable.columnsHidden', { count: hidden })
          : t('ui.dataTable.columns')}
      </summary>
      <fieldset className="column-chooser-panel">
        <legend className="visually-hidden">{t('ui.dataTable.columns')}</legend>
        {columns.map((c) => (
          <label key={c.id} className="checkbox">
            <input
              type="checkbox"
              checked={c.visible}
              disabled={!c.hideable}
              onChange={(e) => onToggle(c.id, e.target.checked)}
            />
            {c.header}
          </label>
        ))}
        <button type="button" className="button" data-variant="secondary" onClick={onReset}>
          {t('ui.dataTable.columnsReset')}
        </button>
      </fieldset>
    </details>
  );
}
