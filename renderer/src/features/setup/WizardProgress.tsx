import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../../shared/i18n/index';
import { WIZARD_STEPS, type WizardStep } from './setup-schemas';

const LABELS: Readonly<Record<WizardStep, MessageKey>> = {
  organisation: 'setup.step.organisation',
  admin: 'setup.step.admin',
  recovery: 'setup.step.recovery',
  confirm: 'setup.step.confirm',
  done: 'setup.step.done',
};

/** Where one is in the setup: numbered steps, the current one marked for sight and speech. */
export function WizardProgress({ current }: { readonly current: WizardStep }) {
  const { t } = useTranslation();
  const index = WIZARD_STEPS.indexOf(current);
  return (
    <ol className="wizard-progress" aria-label={t('setup.progress')}>
      {WIZARD_STEPS.map((step, i) => (
        <li
          key={step}
          aria-current={step === current ? 'step' : undefined}
          data-state={i < index ? 'done' : step === current ? 'current' : 'todo'}
        >
          <span className="wizard-step-number" aria-hidden="true">
            {i < index ? '✓' : i + 1}
          </span>
          {t(LABELS[step])}
        </li>
      ))}
    </ol>
  );
}
