import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/ipc/types';
import { call } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { Fieldset } from '../../ui/Fieldset';
import { ClientPicker } from './ClientPicker';
import { useClientWords } from './client-words';

type Client = OutputOf<'clients.get'>['client'];
interface Pick {
  readonly id: string;
  readonly name: string;
}

/**
 * 合併重複資料: the person on this page is kept; the duplicate's cases and contacts move here
 * and the duplicate leaves every search. Suggested duplicates come first; any other record can
 * be found by search. A second question says what will happen before anything is written.
 */
export function MergeDialog({
  client,
  onClose,
  onMerged,
}: {
  readonly client: Client;
  readonly onClose: () => void;
  readonly onMerged: (name: string) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const words = useClientWords();
  const [picked, setPicked] = useState<Pick | null>(null);
  const [confirming, setConfirming] = useState(false);
  const suggestions = useQuery({
    queryKey: ['clients', 'duplicates', client.id] as const,
    queryFn: () =>
      call('clients.duplicates', {
        name: client.name,
        agencyId: client.agencyId,
        phone: client.phone,
        email: client.email,
        excludeId: client.id,
      }),
  });
  const merge = useMutation({
    mutationFn: (mergeId: string) => call('clients.merge', { keepId: client.id, mergeId }),
  });
  const candidates = suggestions.data?.candidates ?? [];

  return (
    <>
      <Dialog open={!confirming} title={t('clients.merge.title')} onClose={onClose}>
        <p className="dialog-lead">{t('clients.merge.lead', { name: client.name })}</p>
        {candidates.length > 0 ? (
          <Fieldset legend={t('clients.merge.suggested')}>
            <div className="choice-list">
              {candidates.map(({ client: c }) => (
                <label key={c.id} className="checkbox">
                  <input
                    type="radio"
                    name="merge-candidate"
                    checked={picked?.id === c.id}
                    onChange={() => setPicked({ id: c.id, name: c.name })}
                  />
                  <span>
                    {c.name} <span className="muted small">{words.summaryDetail(c)}</span>
                  </span>
                </label>
              ))}
            </div>
          </Fieldset>
        ) : suggestions.isPending ? (
          <p className="status-text">{t('common.loading')}</p>
        ) : (
          <p className="muted">{t('clients.merge.noSuggestions')}</p>
        )}
        <ClientPicker
          label={t('clients.merge.search')}
          description={t('clients.merge.searchHelp')}
          value={picked?.id ?? null}
          selectedLabel={picked?.name}
          excludeId={client.id}
          onChange={(id, c) => setPicked(id && c ? { id, name: c.name } : null)}
        />
        <div className="dialog-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" disabled={!picked} onClick={() => setConfirming(true)}>
            {t('clients.merge.next')}
          </Button>
        </div>
      </Dialog>
      <ConfirmDialog
        open={confirming && picked !== null}
        title={t('clients.merge.confirmTitle', { merge: picked?.name ?? '', keep: client.name })}
        confirmLabel={t('clients.merge.confirm')}
        cancelLabel={t('common.cancel')}
        busy={merge.isPending}
        error={merge.isError ? errorText(merge.error) : undefined}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          picked &&
          merge.mutate(picked.id, {
            onSuccess: () => onMerged(picked.name),
          })
        }
      >
        <p>{t('clients.merge.moves', { merge: picked?.name ?? '', keep: client.name })}</p>
        <p>{t('clients.merge.disappears', { merge: picked?.name ?? '' })}</p>
        <p className="warning-text">{t('clients.merge.audited')}</p>
      </ConfirmDialog>
    </>
  );
}
