import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { useSession } from '../auth/auth.queries';
import { EscrowSetup } from './EscrowSetup';
import { PendingGrants } from './PendingGrants';

/** 臨床金鑰: create the clinical escrow code (first counsellor), then grant colleagues access. */
export function ClinicalKeyPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [created, setCreated] = useState(false);
  return (
    <Page title={t('clinical.title')} description={t('clinical.description')}>
      {created ? (
        <div className="page-notice">
          <Notice tone="info" title={t('clinical.escrow.done')}>
            <p>{t('clinical.escrow.doneBody')}</p>
          </Notice>
        </div>
      ) : null}
      {session.clinicalAccess === 'needsEscrow' ? (
        <EscrowSetup onDone={() => setCreated(true)} />
      ) : session.clinicalAccess === 'granted' ? (
        <PendingGrants />
      ) : (
        <Notice tone="info" title={t('home.counsellor.pendingTitle')}>
          <p>{t('home.counsellor.pendingBody')}</p>
        </Notice>
      )}
    </Page>
  );
}
