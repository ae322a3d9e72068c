import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppState } from '../../../../shared/domain/app-state';
import type { MessageKey } from '../../../../shared/i18n/index';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { appQueries } from './app.queries';

const STATE_KEYS: Readonly<Record<AppState, MessageKey>> = {
  uninitialised: 'appState.uninitialised',
  locked: 'appState.locked',
  unlocked: 'appState.unlocked',
  readOnly: 'appState.readOnly',
};

/** 系統資訊: what is installed and where its data is, for support calls and bug reports. */
export function AboutPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const info = useQuery(appQueries.info());

  return (
    <Page title={t('about.title')} description={t('about.description')}>
      {info.isPending ? (
        <p role="status" className="status-text">
          {t('common.loading')}
        </p>
      ) : info.isError ? (
        <Notice tone="error" title={t('about.loadFailed')}>
          <p>{errorText(info.error)}</p>
          <div>
            <Button onClick={() => void info.refetch()}>{t('common.retry')}</Button>
          </div>
        </Notice>
      ) : (
        <dl className="facts" aria-busy={info.isFetching}>
          <div>
            <dt>{t('about.name')}</dt>
            <dd>{info.data.name}</dd>
          </div>
          <div>
            <dt>{t('about.version')}</dt>
            <dd data-testid="app-version">{info.data.version}</dd>
          </div>
          <div>
            <dt>{t('about.state')}</dt>
            <dd>
              <span className="state-badge" data-state={info.data.state} data-testid="app-state">
                {t(STATE_KEYS[info.data.state])}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('about.dataDir')}</dt>
            <dd className="path" data-testid="app-data-dir">
              {info.data.dataDir}
            </dd>
          </div>
          <div>
            <dt>{t('about.schemaVersion')}</dt>
            <dd>
              {info.data.schemaVersion === null
                ? t('about.schemaVersion.none')
                : String(info.data.schemaVersion)}
            </dd>
          </div>
        </dl>
      )}
    </Page>
  );
}
