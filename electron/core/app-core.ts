import type { AppState } from '../../shared/domain/app-state';
import { systemClock, type Clock } from './clock';
import { userVersion } from './db/open';
import type { CoreDeps } from './deps';
import { accountsHandlers } from './domains/accounts/accounts.handlers';
import { appHandlers } from './domains/app/app.handlers';
import { auditHandlers } from './domains/audit/audit.handlers';
import { authHandlers } from './domains/auth/auth.handlers';
import { clinicalHandlers } from './domains/clinical/clinical.handlers';
import { draftsHandlers } from './domains/drafts/drafts.handlers';
import { settingsHandlers } from './domains/settings/settings.handlers';
import { setupHandlers } from './domains/setup/setup.handlers';
import { agenciesHandlers } from './domains/agencies/agencies.handlers';
import { casesHandlers } from './domains/cases/cases.handlers';
import { clientsHandlers } from './domains/clients/clients.handlers';
import { consentsHandlers } from './domains/consents/consents.handlers';
import { contactsHandlers } from './domains/contacts/contacts.handlers';
import { providersHandlers } from './domains/providers/providers.handlers';
import { referenceHandlers } from './domains/reference/reference.handlers';
import { staffHandlers } from './domains/staff/staff.handlers';
import { appointmentsHandlers } from './domains/appointments/appointments.handlers';
import { providerReportsHandlers } from './domains/provider-reports/provider-reports.handlers';
import { quotaHandlers } from './domains/quota/quota.handlers';
import { sessionsHandlers } from './domains/sessions/sessions.handlers';
import { caseListHandlers } from './domains/case-list/case-list.handlers';
import { homeHandlers } from './domains/home/home.handlers';
import { savedFiltersHandlers } from './domains/saved-filters/saved-filters.handlers';
import { createEvents, type CoreEvents } from './events';
import { createDispatcher, type Dispatch, type Handlers } from './ipc/dispatch';
import { FAST_TEST_KDF, PRODUCTION_KDF } from './security/kdf';
import { SessionManager, type LockReason } from './session/session-manager';

export interface AppCoreOptions {
  readonly dataDir: string;
  readonly clock?: Clock;
  /**
   * KDF cost for key slots this process writes. 'fast' exists for tests and the e2e harness
   * only: slots record their own parameters, so a production build always writes 'production'.
   */
  readonly kdf?: 'production' | 'fast';
  /** How often the idle lock is checked (ms); 0 disables the timer (tests call checkIdle). */
  readonly idleCheckMs?: number;
}

export interface AppCore {
  readonly dispatch: Dispatch;
  readonly events: CoreEvents;
  state(): AppState;
  /** OS lock, suspend (from the glue) — and tests. */
  lock(reason: LockReason): void;
  /** Locks when the idle period has passed; true when it locked. */
  checkIdle(): boolean;
  close(): void;
}

/**
 * The application core: everything the Electron main process does, without Electron. The glue,
 * the CLI and the tests all drive it through `dispatch`, the same path the renderer uses.
 */
export function createAppCore(opts: AppCoreOptions): AppCore {
  const clock = opts.clock ?? systemClock;
  const events = createEvents();
  const sessions = new SessionManager({
    dataDir: opts.dataDir,
    clock,
    events,
    kdf: opts.kdf === 'fast' ? FAST_TEST_KDF : PRODUCTION_KDF,
  });

  const deps: CoreDeps = {
    dataDir: opts.dataDir,
    clock,
    events,
    sessions,
    schemaVersion: () => {
      const state = sessions.state();
      if (state !== 'unlocked' && state !== 'readOnly') return null;
      const db = sessions.requireVault().db;
      return db ? userVersion(db) : null;
    },
    changed: (...domains) => events.emit('db.changed', { domains }),
  };

  const handlers: Handlers = {
    ...appHandlers(deps),
    ...setupHandlers(deps),
    ...authHandlers(deps),
    ...accountsHandlers(deps),
    ...clinicalHandlers(deps),
    ...auditHandlers(deps),
    ...draftsHandlers(deps),
    ...settingsHandlers(deps),
    ...referenceHandlers(deps),
    ...agenciesHandlers(deps),
    ...providersHandlers(deps),
    ...staffHandlers(deps),
    ...clientsHandlers(deps),
    ...contactsHandlers(deps),
    ...casesHandlers(deps),
    ...consentsHandlers(deps),
    ...appointmentsHandlers(deps),
    ...sessionsHandlers(deps),
    ...quotaHandlers(deps),
    ...providerReportsHandlers(deps),
    ...caseListHandlers(deps),
    ...savedFiltersHandlers(deps),
    ...homeHandlers(deps),
  };

  const dispatch = createDispatcher(
    handlers,
    {
      currentState: () => sessions.state(),
      currentSession: () => sessions.session(),
      hasLockedSession: () => sessions.hasLockedSession(),
      now: () => clock.now(),
    },
    (_channel, code) => {
      // SQLite refused a page as corrupt during use: the next open must check the whole file,
      // whatever this session's clean close would otherwise record (ADR 0007).
      if (code === 'DB_DAMAGED' && sessions.state() === 'unlocked')
        sessions.requireVault().distrustFiles();
    },
  );

  const idleMs = opts.idleCheckMs ?? 15_000;
  const timer = idleMs > 0 ? setInterval(() => sessions.checkIdle(), idleMs) : null;
  timer?.unref();

  return {
    dispatch,
    events,
    state: () => sessions.state(),
    lock: (reason) => sessions.lock(reason),
    checkIdle: () => sessions.checkIdle(),
    close() {
      if (timer) clearInterval(timer);
      sessions.close();
    },
  };
}
