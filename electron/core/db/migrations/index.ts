import type { Migration } from '../migrate';
import { migration0010 } from './0010-foundation';
import { migration0020 } from './0020-accounts-settings-drafts';
import { migration0030 } from './0030-reference-clients-cases';
import { migration0040 } from './0040-case-list';
import { migration0050 } from './0050-appointments-sessions-quota';
import { migration0060 } from './0060-break-glass';
import { migration0070 } from './0070-calendar-quota-indexes';

/** Every migration of the main database, in order. Append only; never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0040,
  migration0050,
  migration0060,
  migration0070,
];
