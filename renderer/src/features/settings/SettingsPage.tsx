import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { settingsQueries } from './settings.queries';
import { SettingsForm } from './SettingsForm';

/** 系統設定: the organisation as printed, how the service runs, and when the screen locks. */
export function SettingsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const settings = useQuery(settingsQueries.get());
  return (
    <Page title={t('settings.title')} description={t('settings.description')}>
      {settings.isPending ? (
        <p role="status" className="status-text">
          {t('common.loading')}
        </p>
      ) : settings.isError ? (
        <Notice tone="error" title={t('settings.loadFailed')}>
          <p>{errorText(settings.error)}</p>
          <div>
            <Button onClick={() => void settings.refetch()}>{t('common.retry')}</Button>
          </div>
        </Notice>
      ) : (
        <SettingsForm settings={settings.data} />
      )}
    </Page>
  );
}
