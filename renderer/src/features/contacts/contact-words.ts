import type { MessageKey } from '../../../../shared/i18n/index';
import type { TriState } from '../../lib/form-values';

export const TRI_KEYS: Readonly<Record<TriState, MessageKey>> = {
  unknown: 'contacts.tri.unknown',
  yes: 'contacts.tri.yes',
  no: 'contacts.tri.no',
};
