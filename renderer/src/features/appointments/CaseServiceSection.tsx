import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/ipc/schemas/cases';
import { useSession } from '../auth/auth.queries';
import { QuotaPanel } from '../quota/QuotaPanel';
import { SessionList } from '../sessions/SessionList';
import { CaseAppointments } from './CaseAppointments';

/**
 * Appointments, sessions and the client's subsidy of one case: placed on the case page and on
 * /appointments/case/:id. Session notes appear only for counsellors, on request (NoteReader).
 */
export function CaseServiceSection({ c }: { readonly c: CaseDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <section className="card-grid case-service" aria-label={t('appt.case.section')}>
      <QuotaPanel
        clientId={c.client.id}
        canRequest={session.role === 'desk' || session.role === 'counsellor'}
      />
      <CaseAppointments
        caseId={c.id}
        clientId={c.client.id}
        caseNumber={c.caseNumber}
        canBook={
          c.status !== 'closed' && (session.role === 'desk' || session.role === 'counsellor')
        }
        owner={
          c.counsellor
            ? { kind: 'counsellor', id: c.counsellor.id }
            : c.provider
              ? { kind: 'provider', id: c.provider.id }
              : null
        }
      />
      <SessionList caseId={c.id} clinical={session.role === 'counsellor'} />
    </section>
  );
}
