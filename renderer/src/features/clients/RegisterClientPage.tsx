import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Page } from '../../ui/Page';
import { RegisterClientForm } from './RegisterClientForm';
import '../cases/case-work.css';

/**
 * 登錄服務對象 (/clients/new). `?name=` carries what was typed in the search box; `?next=intake`
 * goes on to open a case for the person, new or found.
 */
export function RegisterClientPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const toIntake = params.get('next') === 'intake';
  const contact = params.get('contact');
  const intakeUrl = (id: string) =>
    `/cases/new?client=${id}${contact ? `&contact=${encodeURIComponent(contact)}` : ''}`;
  return (
    <Page title={t('clients.register.title')} description={t('clients.register.description')}>
      <RegisterClientForm
        initialName={params.get('name') ?? ''}
        onDone={(id) => void navigate(toIntake ? intakeUrl(id) : `/clients/${id}`)}
        onCancel={() =>
          void navigate(
            toIntake
              ? `/cases/new${contact ? `?contact=${encodeURIComponent(contact)}` : ''}`
              : '/clients',
          )
        }
      />
    </Page>
  );
}
