import type { FieldIssue } from '../../../../shared/ipc/envelope';
import { isMessageKey } from '../../../../shared/i18n/index';
import { encodeMessage } from '../../lib/form-errors';

/** Errors core sent for one step's fields, by field name, as encoded field messages. */
export type StepErrors = Readonly<Record<string, { readonly message: string } | undefined>>;

/** Issues at ['admin', 'passphrase'] → { passphrase: … } for the step that owns 'admin'. */
export function stepErrors(issues: readonly FieldIssue[]): StepErrors {
  const out: Record<string, { message: string }> = {};
  for (const issue of issues) {
    const field = String(issue.path[issue.path.length - 1] ?? '');
    const key = isMessageKey(issue.key) ? issue.key : 'validation.invalid';
    out[field] ??= {
      message: encodeMessage(issue.params ? { key, params: issue.params } : { key }),
    };
  }
  return out;
}
