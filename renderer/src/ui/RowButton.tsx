import { useTranslation } from 'react-i18next';

/** A small button in a table row; its accessible name says which row ("停用：社會局"). */
export function RowButton({
  label,
  name,
  onClick,
  disabled = false,
}: {
  readonly label: string;
  readonly name: string;
  readonly onClick: () => void;
  readonly disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button row-button"
      aria-label={t('ui.rowAction', { action: label, name })}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
