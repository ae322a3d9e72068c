import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ROUNDING_MODES } from '../../../../shared/domain/sessions';
import type { QuotaRule } from '../../../../shared/ipc/schemas/quota';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { applyFieldIssues, contractResolver, useFieldErrorText } from '../../lib/form-errors';
import { toRocYear } from '../../lib/format';
import { Button } from '../../ui/Button';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { RowButton } from '../../ui/RowButton';
import { CellField } from './CellField';
import { ROUNDING_KEYS, UNIT_KEYS } from './quota-admin-words';
import { RuleCategories } from './RuleCategories';
import {
  newRule,
  ruleFieldFor,
  ruleValues,
  rulesForm,
  toSetRulesInput,
  UNIT_CHOICES,
  type RulesOutput,
  type RulesValues,
} from './rules-form';

const MAX_RULES = 20;

/**
 * The year's rules as an editable table: who a rule covers, its hours, the extension cap, the
 * counting unit and rounding. Save replaces the whole year's set (core checks it as one: a
 * category in two rules, hours off the unit's steps) and says so beside the field.
 */
export function QuotaRulesForm({
  year,
  rules,
  inherited,
}: {
  readonly year: number;
  readonly rules: readonly QuotaRule[];
  /** Shown from an earlier year or the preset: saving them unchanged makes them this year's. */
  readonly inherited: boolean;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const initial: RulesValues = { rules: rules.map(ruleValues) };
  const form = useForm<RulesValues, unknown, RulesOutput>({
    resolver: contractResolver(rulesForm),
    defaultValues: initial,
  });
  const list = useFieldArray({ control: form.control, name: 'rules' });
  const { errors, isDirty } = form.formState;
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const save = useMutation({
    mutationFn: (v: RulesOutput) => call('quota.setRules', toSetRulesInput(year, v)),
  });
  const { requestClose, guard } = useDiscardGuard(isDirty, () => form.reset(initial));
  const roc = toRocYear(year);

  const onSubmit = form.handleSubmit((v) => {
    setSaved(false);
    setFailure(null);
    save.mutate(v, {
      onSuccess: () => {
        form.reset(form.getValues());
        setSaved(true);
      },
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, ruleFieldFor);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });
  const ruleName = (i: number) => t('quota.admin.ruleN', { n: i + 1 });

  return (
    <Form
      onSubmit={(e) => void onSubmit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && isDirty) requestClose();
      }}
      aria-label={t('quota.admin.rulesTitle', { roc })}
      className="quota-rules-form"
    >
      <div className="table-block quota-rules">
        <table className="table" data-testid="quota-rules">
          <caption className="visually-hidden">{t('quota.admin.rulesTitle', { roc })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('quota.admin.col.rule')}</th>
              <th scope="col">{t('quota.admin.col.categories')}</th>
              <th scope="col">{t('quota.admin.col.baseHours')}</th>
              <th scope="col">{t('quota.admin.col.extensionHours')}</th>
              <th scope="col">{t('quota.admin.col.unit')}</th>
              <th scope="col">{t('quota.admin.col.rounding')}</th>
            </tr>
          </thead>
          <tbody>
            {list.fields.map((row, i) => {
              const e = errors.rules?.[i];
              return (
                <tr key={row.id} data-testid="quota-rule">
                  <th scope="row">
                    <div className="quota-rule-head">
                      <span className="nowrap">{ruleName(i)}</span>
                      <RowButton
                        label={t('quota.admin.remove')}
                        name={ruleName(i)}
                        disabled={list.fields.length <= 1}
                        onClick={() => {
                          setSaved(false);
                          list.remove(i);
                        }}
                      />
                    </div>
                  </th>
                  <td>
                    <Controller
                      control={form.control}
                      name={`rules.${i}.categories`}
                      render={({ field }) => (
                        <RuleCategories
                          legend={t('quota.admin.label', {
                            rule: ruleName(i),
                            field: t('quota.admin.col.categories'),
                          })}
                          values={field.value}
                          onChange={field.onChange}
                          error={fieldError(e?.categories)}
                        />
                      )}
                    />
                  </td>
                  <HoursCell
                    label={t('quota.admin.label', {
                      rule: ruleName(i),
                      field: t('quota.admin.col.baseHours'),
                    })}
                    error={fieldError(e?.baseHours)}
                    registration={form.register(`rules.${i}.baseHours`)}
                  />
                  <HoursCell
                    label={t('quota.admin.label', {
                      rule: ruleName(i),
                      field: t('quota.admin.col.extensionHours'),
                    })}
                    error={fieldError(e?.extensionHours)}
                    registration={form.register(`rules.${i}.extensionHours`)}
                  />
                  <td>
                    <CellField
                      label={t('quota.admin.label', {
                        rule: ruleName(i),
                        field: t('quota.admin.col.unit'),
                      })}
                      error={fieldError(e?.unitHours)}
                    >
                      {(control) => (
                        <select {...control} {...form.register(`rules.${i}.unitHours`)}>
                          {UNIT_CHOICES.map((u) => (
                            <option key={u} value={u}>
                              {t(UNIT_KEYS[u])}
                            </option>
                          ))}
                        </select>
                      )}
                    </CellField>
                  </td>
                  <td>
                    <CellField
                      label={t('quota.admin.label', {
                        rule: ruleName(i),
                        field: t('quota.admin.col.rounding'),
                      })}
                      error={fieldError(e?.rounding)}
                    >
                      {(control) => (
                        <select {...control} {...form.register(`rules.${i}.rounding`)}>
                          {ROUNDING_MODES.map((r) => (
                            <option key={r} value={r}>
                              {t(ROUNDING_KEYS[r])}
                            </option>
                          ))}
                        </select>
                      )}
                    </CellField>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="small muted">{t('quota.admin.rulesHelp')}</p>
      {saved ? <Notice tone="info" title={t('quota.admin.rulesSaved', { roc })} /> : null}
      {failure ? (
        <Notice tone="error" title={t('quota.admin.saveFailed')}>
          <p>{errorText(failure)}</p>
        </Notice>
      ) : null}
      <div className="form-actions">
        <Button
          disabled={list.fields.length >= MAX_RULES}
          onClick={() => {
            setSaved(false);
            list.append(newRule(form.getValues(`rules.${list.fields.length - 1}`)));
          }}
        >
          {t('quota.admin.add')}
        </Button>
        <Button
          type="submit"
          variant="primary"
          disabled={save.isPending || (!isDirty && !inherited)}
          aria-busy={save.isPending}
        >
          {t('quota.admin.saveRules', { roc })}
        </Button>
      </div>
      {guard}
    </Form>
  );
}

/** An hours figure of a rule: decimal keypad, the cell's own label and error. */
function HoursCell({
  label,
  error,
  registration,
}: {
  readonly label: string;
  readonly error: string | undefined;
  readonly registration: UseFormRegisterReturn;
}) {
  return (
    <td>
      <CellField label={label} error={error}>
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            autoComplete="off"
            className="hours-input"
            {...registration}
          />
        )}
      </CellField>
    </td>
  );
}
