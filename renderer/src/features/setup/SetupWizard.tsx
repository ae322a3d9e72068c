import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AuthLayout } from '../../app/AuthLayout';
import { call, isApiError } from '../../lib/api';
import { codeGroups, sameCode } from '../../lib/codes';
import { useErrorText } from '../../lib/errors';
import { encodeMessage } from '../../lib/form-errors';
import { isImeComposing } from '../../lib/keyboard';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { rememberSession } from '../auth/session-cache';
import { AdminStep } from './AdminStep';
import { ConfirmCodeStep } from './ConfirmCodeStep';
import { DoneStep } from './DoneStep';
import { OrganisationStep } from './OrganisationStep';
import { RecoveryStep } from './RecoveryStep';
import {
  stepForIssue,
  type AdminValues,
  type OrganisationValues,
  type WizardStep,
} from './setup-schemas';
import { stepErrors, type StepErrors } from './step-errors';
import { WizardProgress } from './WizardProgress';

const NO_ORG: OrganisationValues = { name: '', cityPreset: '' };
const NO_ADMIN: AdminValues = { username: '', displayName: '', passphrase: '', confirm: '' };
const NONE: StepErrors = {};

/**
 * First start (issue #4): organisation → administrator → recovery code shown once → typed back
 * → signed in. Nothing is written until the last step; Esc asks before throwing the answers away.
 */
export function SetupWizard({ onFinished }: { readonly onFinished: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [step, setStep] = useState<WizardStep>('organisation');
  const [organisation, setOrganisation] = useState(NO_ORG);
  const [admin, setAdmin] = useState(NO_ADMIN);
  const [code, setCode] = useState<string | null>(null);
  const [codeFailure, setCodeFailure] = useState<unknown>(null);
  const [codeRequest, setCodeRequest] = useState(0);
  const [errors, setErrors] = useState<Partial<Record<WizardStep, StepErrors>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);

  // The code is made by core when first needed and kept until setup ends: a second request
  // would replace the one already copied.
  const needCode = (step === 'recovery' || step === 'confirm') && code === null;
  useEffect(() => {
    if (!needCode) return;
    let cancelled = false;
    call('setup.prepare', {}).then(
      (v) => {
        if (!cancelled) setCode(v.recoveryCode);
      },
      (e: unknown) => {
        if (!cancelled) setCodeFailure(e ?? new Error('setup.prepare'));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [needCode, codeRequest]);

  const clearErrors = (s: WizardStep) => () => {
    setDirty(true);
    if (errors[s]) setErrors((e) => ({ ...e, [s]: undefined }));
  };

  const submit = (typed: string) => {
    if (!code || !sameCode(typed, code)) {
      setErrors((e) => ({
        ...e,
        confirm: { code: { message: encodeMessage({ key: 'setup.confirm.mismatch' }) } },
      }));
      return;
    }
    setBusy(true);
    setFailure(null);
    call('setup.initialise', {
      organisation,
      admin: {
        username: admin.username,
        displayName: admin.displayName,
        passphrase: admin.passphrase,
      },
      recoveryCodeConfirmation: codeGroups(typed).join('-'),
    })
      .then((session) => {
        setCode(null);
        setAdmin(NO_ADMIN);
        rememberSession(queryClient, session);
        setStep('done');
      })
      .catch((e: unknown) => {
        if (isApiError(e) && e.error.issues?.length) {
          const first = e.error.issues[0];
          const target = first ? stepForIssue(first.path) : 'confirm';
          const mine = e.error.issues.filter((i) => stepForIssue(i.path) === target);
          setErrors({ [target]: stepErrors(mine) });
          setStep(target);
        } else if (isApiError(e) && e.error.key === 'errors.wrongRecoveryCode') {
          setErrors({
            confirm: { code: { message: encodeMessage({ key: 'errors.wrongRecoveryCode' }) } },
          });
        } else {
          setFailure(errorText(e));
        }
      })
      .finally(() => setBusy(false));
  };

  const discard = () => {
    setAsking(false);
    setOrganisation(NO_ORG);
    setAdmin(NO_ADMIN);
    setErrors({});
    setFailure(null);
    setDirty(false);
    setStep('organisation');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || isImeComposing(event) || asking || step === 'done') return;
    if (dirty || step !== 'organisation') {
      event.preventDefault();
      setAsking(true);
    }
  };

  return (
    // Listens only for Esc bubbling up from the fields of each step.
    <div onKeyDown={onKeyDown} className="wizard-root">
      <AuthLayout
        title={t('setup.title')}
        description={t('setup.description')}
        width="wide"
        testId="setup-wizard"
      >
        <WizardProgress current={step} />
        {step === 'organisation' ? (
          <OrganisationStep
            values={organisation}
            serverErrors={errors.organisation ?? NONE}
            onChange={clearErrors('organisation')}
            onNext={(v) => {
              setOrganisation(v);
              setStep('admin');
            }}
          />
        ) : step === 'admin' ? (
          <AdminStep
            values={admin}
            serverErrors={errors.admin ?? NONE}
            onChange={clearErrors('admin')}
            onBack={(v) => {
              setAdmin(v);
              setStep('organisation');
            }}
            onNext={(v) => {
              setAdmin(v);
              setStep('recovery');
            }}
          />
        ) : step === 'recovery' ? (
          <RecoveryStep
            code={code}
            failure={codeFailure ? errorText(codeFailure) : null}
            onRetry={() => {
              setCodeFailure(null);
              setCodeRequest((n) => n + 1);
            }}
            onBack={() => setStep('admin')}
            onNext={() => setStep('confirm')}
          />
        ) : step === 'confirm' ? (
          <ConfirmCodeStep
            serverErrors={errors.confirm ?? NONE}
            failure={failure}
            busy={busy}
            onChange={clearErrors('confirm')}
            onBack={() => setStep('recovery')}
            onSubmit={submit}
          />
        ) : (
          <DoneStep
            onFinish={(to) => {
              onFinished();
              void navigate(to, { replace: true });
            }}
          />
        )}
      </AuthLayout>
      <ConfirmDialog
        open={asking}
        title={t('setup.discard.title')}
        confirmLabel={t('setup.discard.confirm')}
        cancelLabel={t('setup.discard.cancel')}
        onConfirm={discard}
        onCancel={() => setAsking(false)}
      >
        <p>{t('setup.discard.body')}</p>
      </ConfirmDialog>
    </div>
  );
}
