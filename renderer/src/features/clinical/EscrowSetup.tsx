import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { escrowConfirmInput } from '../../../../shared/ipc/schemas/accounts';
import { call, isApiError } from '../../lib/api';
import { codeGroups, sameCode } from '../../lib/codes';
import { useErrorText } from '../../lib/errors';
import {
  applyFieldIssues,
  contractResolver,
  encodeMessage,
  pathMapper,
  useFieldErrorText,
} from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { CodeDisplay } from '../../ui/CodeDisplay';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { rememberSession } from '../auth/session-cache';

const confirmForm = z.object({ code: escrowConfirmInput.shape.escrowCodeConfirmation });
type ConfirmValues = z.input<typeof confirmForm>;
type Stage = 'intro' | 'show' | 'confirm';

/**
 * The clinical escrow code, made with the first counsellor: shown once, typed back, handed to
 * the clinical lead (or the contracted provider). It opens every clinical note, so the
 * administrator and IT must never hold it (SECURITY.md §2).
 */
export function EscrowSetup({ onDone }: { readonly onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldError = useFieldErrorText();
  const [stage, setStage] = useState<Stage>('intro');
  const [code, setCode] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<ConfirmValues, unknown, z.output<typeof confirmForm>>({
    resolver: contractResolver(confirmForm),
    defaultValues: { code: '' },
  });

  const prepare = () => {
    setBusy(true);
    setFailure(null);
    call('clinical.prepareEscrow', {})
      .then((v) => {
        setCode(v.escrowCode);
        setStage('show');
      })
      .catch(setFailure)
      .finally(() => setBusy(false));
  };

  const confirm = form.handleSubmit(({ code: typed }) => {
    if (!code || !sameCode(typed, code)) {
      form.setError(
        'code',
        { type: 'mismatch', message: encodeMessage({ key: 'clinical.escrow.mismatch' }) },
        { shouldFocus: true },
      );
      return;
    }
    setBusy(true);
    setFailure(null);
    call('clinical.initialise', { escrowCodeConfirmation: codeGroups(typed).join('-') })
      .then((session) => {
        setCode(null);
        onDone();
        rememberSession(queryClient, session);
        void queryClient.invalidateQueries({ queryKey: ['clinical'] });
      })
      .catch((e: unknown) => {
        const left = applyFieldIssues(
          e,
          form.setError,
          pathMapper<ConfirmValues>({ escrowCodeConfirmation: 'code' }),
        );
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      })
      .finally(() => setBusy(false));
  });

  return (
    <Card title={t('clinical.escrow.title')} tone="attention" testId="escrow-setup">
      {stage === 'intro' ? (
        <>
          <ul className="guidance">
            <li>{t('clinical.escrow.what')}</li>
            <li>
              <strong>{t('clinical.escrow.holder')}</strong>
            </li>
            <li>{t('clinical.escrow.once')}</li>
          </ul>
          <div className="form-actions">
            <Button variant="primary" onClick={prepare} disabled={busy} aria-busy={busy}>
              {t('clinical.escrow.create')}
            </Button>
          </div>
        </>
      ) : stage === 'show' && code ? (
        <>
          <div className="print-sheet">
            <CodeDisplay code={code} label={t('clinical.escrow.codeLabel')} />
            <ul className="guidance">
              <li>{t('clinical.escrow.once')}</li>
              <li>
                <strong>{t('clinical.escrow.holder')}</strong>
              </li>
              <li>{t('setup.recovery.noCopies')}</li>
            </ul>
          </div>
          <div className="form-actions">
            <Button onClick={() => window.print()}>{t('setup.recovery.print')}</Button>
            <Button variant="primary" autoFocus onClick={() => setStage('confirm')}>
              {t('setup.recovery.written')}
            </Button>
          </div>
        </>
      ) : (
        <Form onSubmit={(e) => void confirm(e)} aria-label={t('clinical.escrow.confirmTitle')}>
          <p>{t('clinical.escrow.confirmLead')}</p>
          <TextField
            label={t('clinical.escrow.confirmField')}
            description={t('setup.confirm.codeHelp')}
            className="code-input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            autoFocus
            error={fieldError(form.formState.errors.code)}
            required
            requiredMark={t('common.requiredMark')}
            {...form.register('code')}
          />
          <div className="form-actions">
            <Button onClick={() => setStage('show')}>{t('setup.confirm.showAgain')}</Button>
            <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
              {t('clinical.escrow.confirmSubmit')}
            </Button>
          </div>
        </Form>
      )}
      {failure ? (
        <Notice tone="error" title={t('clinical.escrow.failed')}>
          <p>{errorText(failure)}</p>
        </Notice>
      ) : null}
    </Card>
  );
}
