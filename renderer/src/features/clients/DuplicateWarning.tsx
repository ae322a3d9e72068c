import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/ipc/types';
import type { MessageKey } from '../../../../shared/i18n/index';
import { Button } from '../../ui/Button';
import { StatusBadge } from '../../ui/StatusBadge';
import { useClientWords } from './client-words';

type Candidate = OutputOf<'clients.duplicates'>['candidates'][number];

const REASON_KEYS: Readonly<Record<Candidate['reasons'][number], MessageKey>> = {
  nameAgency: 'ref.duplicateReason.nameAgency',
  phone: 'ref.duplicateReason.phone',
  email: 'ref.duplicateReason.email',
};

/**
 * "Is this person already here?" before a new record is written: each candidate with why it
 * looks the same, "use this person" for each, and "register anyway". Takes focus when it
 * appears, so a keyboard user hears it and can act at once.
 */
export function DuplicateWarning({
  candidates,
  onUse,
  onRegisterAnyway,
  busy,
}: {
  readonly candidates: readonly Candidate[];
  readonly onUse: (id: string) => void;
  readonly onRegisterAnyway: () => void;
  readonly busy: boolean;
}) {
  const { t } = useTranslation();
  const words = useClientWords();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <section className="duplicate-warning" role="alert" data-testid="duplicate-warning">
      <h2 className="duplicate-title" ref={titleRef} tabIndex={-1}>
        {t('clients.duplicates.title', { count: candidates.length })}
      </h2>
      <p>{t('clients.duplicates.lead')}</p>
      <ul className="plain-list">
        {candidates.map(({ client, reasons }) => (
          <li key={client.id} className="list-row">
            <div>
              <p>
                <strong>{client.name}</strong>{' '}
                <span className="muted small">{words.summaryDetail(client)}</span>
              </p>
              <p className="badges">
                {reasons.map((r) => (
                  <StatusBadge key={r} tone="warning">
                    {t(REASON_KEYS[r])}
                  </StatusBadge>
                ))}
                {client.openCases > 0 ? (
                  <StatusBadge tone="info">
                    {t('clients.openCases', { count: client.openCases })}
                  </StatusBadge>
                ) : null}
              </p>
            </div>
            <Button
              onClick={() => onUse(client.id)}
              aria-label={t('ui.rowAction', {
                action: t('clients.duplicates.use'),
                name: client.name,
              })}
            >
              {t('clients.duplicates.use')}
            </Button>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <Button onClick={onRegisterAnyway} disabled={busy} aria-busy={busy}>
          {t('clients.duplicates.registerAnyway')}
        </Button>
      </div>
    </section>
  );
}
