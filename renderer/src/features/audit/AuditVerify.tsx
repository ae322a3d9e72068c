import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Notice } from '../../ui/Notice';
import { PROBLEM_KEYS } from './audit-words';

/** 驗證: recomputes the chain and compares it with the anchors kept outside the database. */
export function AuditVerify() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const verify = useMutation({
    mutationFn: () => call('audit.verify', {}),
    // The check is itself recorded: show that entry too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['audit'] }),
  });
  const result = verify.data;
  return (
    <Card title={t('audit.verify.title')} testId="audit-verify">
      <p className="card-note">{t('audit.verify.lead')}</p>
      <div className="form-actions">
        <Button
          onClick={() => verify.mutate()}
          disabled={verify.isPending}
          aria-busy={verify.isPending}
        >
          {verify.isPending ? t('audit.verify.running') : t('audit.verify.run')}
        </Button>
      </div>
      {verify.isError ? (
        <Notice tone="error" title={t('audit.verify.failed')}>
          <p>{errorText(verify.error)}</p>
        </Notice>
      ) : result?.ok ? (
        <div className="result-ok" role="status" data-testid="audit-verify-result">
          <p className="notice-title">{t('audit.verify.ok', { count: result.checked })}</p>
          {result.head ? (
            <p className="mono small">
              {t('audit.verify.head', {
                seq: result.head.seq,
                hash: result.head.hash.slice(0, 16),
              })}
            </p>
          ) : null}
        </div>
      ) : result ? (
        <Notice tone="error" title={t('audit.verify.problems', { count: result.problems.length })}>
          <ul data-testid="audit-verify-result">
            {result.problems.map((p) => (
              <li key={`${p.kind}-${p.seq}-${p.source ?? ''}`}>
                {t('audit.verify.problemLine', { seq: p.seq, problem: t(PROBLEM_KEYS[p.kind]) })}
                {p.source ? ` ${t('audit.verify.source', { source: p.source })}` : ''}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </Card>
  );
}
