import { useQueryClient } from '@tanstack/react-query';
import { BreakGlassForm, needsBreakGlass } from './BreakGlassForm';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { CaseStatus } from '../../../../shared/domain/reference-lists';
import { useMessageText } from '../../lib/message-text';
import { useErrorText, type Message } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { useSession } from '../auth/auth.queries';
import { canDoIntake } from '../intake/intake-roles';
import { useClientWords } from '../clients/client-words';
import { CaseServiceSection } from '../appointments/CaseServiceSection';
import { CaseRecordExtras } from '../case-list/CaseRecordExtras';
import { CaseHistory } from './CaseHistory';
import { CaseOverview } from './CaseOverview';
import { CaseStatusBadge, RiskBadge } from './CaseBadges';
import { useCaseDetail } from './cases.queries';
import { ConsentLedger } from './ConsentLedger';
import { EditIntakeDialog } from './EditIntakeDialog';
import { doneKey, moveKey, STATUS_MOVES, StatusDialog } from './StatusDialog';
import './case-work.css';

/**
 * 個案 (/cases/:id), minimal for now: the header (number, client, status, risk), what intake
 * recorded, the consent ledger, risk and status history, linked contacts; status moves and
 * editing the intake fields. Opening this page is audited by core. The window title carries
 * no name and no case number.
 */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { createdNumber?: string } | null)?.createdNumber;
  const errorText = useErrorText();
  const session = useSession();
  const words = useClientWords();
  const queryClient = useQueryClient();
  const query = useCaseDetail(id);
  const [moving, setMoving] = useState<CaseStatus | null>(null);
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<Message | null>(null);
  const messageText = useMessageText();
  const canWrite = canDoIntake(session.role);
  const c = query.data?.case;

  const changed = (message: Message) => {
    setDone(message);
    void queryClient.invalidateQueries({ queryKey: ['cases', 'detail', id] });
  };

  return (
    <Page title={t('cases.page.title')} description={t('cases.page.description')}>
      {query.isPending ? (
        <p role="status" className="status-text">
          {t('common.loading')}
        </p>
      ) : needsBreakGlass(query.error) ? (
        <BreakGlassForm id={id} />
      ) : query.isError || !c ? (
        <Notice tone="error" title={t('cases.page.loadFailed')}>
          <p>{errorText(query.error)}</p>
        </Notice>
      ) : (
        <>
          {created && created === c.caseNumber ? (
            <div className="page-notice result-ok" role="status" data-testid="case-created">
              <p className="notice-title">{t('cases.created', { number: c.caseNumber })}</p>
            </div>
          ) : null}
          {done ? (
            <div className="page-notice">
              <Notice tone="info" title={messageText(done)} />
            </div>
          ) : null}
          <header className="case-header card" data-testid="case-header">
            <div className="case-header-main">
              <p className="case-number">
                <span className="muted small">{t('cases.field.caseNumber')}</span>{' '}
                <span className="mono" data-testid="case-number">
                  {c.caseNumber}
                </span>
              </p>
              <p className="case-client">
                <Link to={`/clients/${c.client.id}`}>{c.client.name}</Link>{' '}
                <span className="muted small">
                  {[c.client.agencyName, words.birthYear(c.client.birthYear)]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </p>
              <p className="badges">
                <CaseStatusBadge status={c.status} />
                <RiskBadge level={c.riskLevel} />
              </p>
            </div>
            {canWrite ? (
              <div className="record-actions">
                {STATUS_MOVES[c.status].map((to) => (
                  <Button
                    key={to}
                    variant={to === 'active' ? 'primary' : 'secondary'}
                    onClick={() => {
                      setDone(null);
                      setMoving(to);
                    }}
                  >
                    {t(moveKey(c.status, to))}
                  </Button>
                ))}
                {c.status !== 'closed' ? (
                  <Button
                    onClick={() => {
                      setDone(null);
                      setEditing(true);
                    }}
                  >
                    {t('cases.edit.open')}
                  </Button>
                ) : null}
              </div>
            ) : null}
          </header>
          <CaseOverview c={c} />
          <CaseServiceSection c={c} />
          <ConsentLedger c={c} canWrite={canWrite} onChanged={changed} />
          <CaseHistory c={c} />
          <CaseRecordExtras c={c} />
          {moving ? (
            <StatusDialog
              caseId={c.id}
              from={c.status}
              to={moving}
              onClose={() => setMoving(null)}
              onDone={() => {
                setMoving(null);
                changed({ key: doneKey(c.status, moving) });
              }}
            />
          ) : null}
          {editing ? (
            <EditIntakeDialog
              c={c}
              onClose={() => setEditing(false)}
              onDone={() => {
                setEditing(false);
                changed({ key: 'cases.edit.done' });
              }}
            />
          ) : null}
        </>
      )}
    </Page>
  );
}
