import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../ui/Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} description={t('notFound.description')}>
      <Link to="/">{t('notFound.back')}</Link>
    </Page>
  );
}
