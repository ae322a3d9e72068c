import type { AppState } from '../../../shared/domain/app-state';
import type { SessionInfo } from '../../../shared/ipc/schemas/auth';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import { AppError } from '../errors';
import type { CoreEvents } from '../events';
import type { Session } from '../ipc/context';
import { appendAudit, type AuditDetails } from '../security/audit';
import type { KdfCost } from '../security/kdf';
import type { KeyFileAccount } from '../security/keyfile-schema';
import { flushAuthEvents } from '../vault/auth-events';
import { detectInitialState } from '../vault/detect';
import { openVault, type Vault } from '../vault/vault';
import { clinicalAccessOf } from './session-info';

export const DEFAULT_IDLE_LOCK_MINUTES = 10;

export type LockReason = 'idle' | 'manual' | 'system';

export interface SessionManagerOptions {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly events: CoreEvents;
  /** KDF cost for slots written in this process (tests pass a cheap one). */
  readonly kdf: KdfCost;
}

/**
 * Who is signed in, and the open vault that goes with them. The session lives here and only
 * here: the renderer holds no token. Locking closes the databases and drops every key; the
 * person's drafts are already in the encrypted database (saved as they type), so unlocking
 * brings them back.
 */
export class SessionManager {
  private vault: Vault | null = null;
  private info: SessionInfo | null = null;
  private lockedAccountId: string | null = null;
  private lockedUsername: string | null = null;
  private lastActivity = 0;
  private idleMinutes = DEFAULT_IDLE_LOCK_MINUTES;

  constructor(private readonly opts: SessionManagerOptions) {}

  get kdf(): KdfCost {
    return this.opts.kdf;
  }

  state(): AppState {
    if (this.vault) return this.vault.readOnly ? 'readOnly' : 'unlocked';
    return detectInitialState(this.opts.dataDir);
  }

  session(): Session | null {
    const i = this.info;
    return i
      ? {
          accountId: i.accountId,
          role: i.role,
          clinicalSupervisor: i.clinicalSupervisor,
          mustChangePassphrase: i.mustChangePassphrase,
        }
      : null;
  }

  sessionInfo(): SessionInfo | null {
    return this.info;
  }

  hasLockedSession(): boolean {
    return this.vault === null && this.lockedAccountId !== null;
  }

  idleLockMinutes(): number {
    return this.idleMinutes;
  }

  setIdleLockMinutes(minutes: number): void {
    this.idleMinutes = minutes;
  }

  /** The open vault; channels only reach here after the dispatcher checked state and session. */
  requireVault(): Vault {
    if (!this.vault)
      throw new AppError(this.hasLockedSession() ? 'SESSION_LOCKED' : 'UNAUTHENTICATED');
    return this.vault;
  }

  requireDb(): Db {
    const db = this.requireVault().db;
    if (!db) throw new AppError('FORBIDDEN', { key: 'errors.noDatabaseAccess' });
    return db;
  }

  /** The signed-in person's account id (for audit rows and ownership). */
  actorId(): string {
    if (!this.info) throw new AppError('UNAUTHENTICATED');
    return this.info.accountId;
  }

  /** One audit row in the caller's transaction (or its own), stamped with this installation. */
  audit(
    action: string,
    object?: { type: string; id: string } | null,
    details?: AuditDetails,
  ): void {
    const vault = this.requireVault();
    if (!vault.db || vault.readOnly) return;
    appendAudit(vault.db, {
      at: this.opts.clock.now(),
      installationId: vault.installationId,
      actorId: this.info?.accountId ?? null,
      action,
      objectType: object?.type ?? null,
      objectId: object?.id ?? null,
      ...(details ? { details } : {}),
    });
  }

  /** The locked session's own person, by passphrase alone (the renderer never holds a name). */
  unlock(passphrase: string, afterOpen?: (vault: Vault) => void): Promise<SessionInfo> {
    if (this.vault || !this.lockedUsername) throw new AppError('UNAUTHENTICATED');
    return this.login(this.lockedUsername, passphrase, afterOpen);
  }

  async login(
    username: string,
    passphrase: string,
    afterOpen?: (vault: Vault) => void,
  ): Promise<SessionInfo> {
    const vault = await openVault({
      dataDir: this.opts.dataDir,
      clock: this.opts.clock,
      username,
      passphrase,
    });
    try {
      this.adopt(vault, afterOpen);
      return this.info!;
    } catch (e) {
      this.vault = null;
      this.info = null;
      vault.close();
      throw e;
    }
  }

  /** Takes an opened vault as the current session (login, or setup's first sign-in). */
  adopt(vault: Vault, afterOpen?: (vault: Vault) => void): void {
    const account = vault.account;
    if (!account) throw new AppError('FORBIDDEN');
    this.vault = vault;
    if (vault.db && !vault.readOnly) {
      const db = vault.db;
      // Failures recorded while the database was closed enter the chain now, with the login.
      db.transaction(() => {
        const flushed = flushAuthEvents(db, vault.keyFile());
        if (flushed !== vault.keyFile()) vault.saveKeyFile(flushed);
        appendAudit(db, {
          at: this.opts.clock.now(),
          installationId: vault.installationId,
          actorId: account.id,
          // Someone else signing in at the lock screen is a login, not an unlock.
          action: this.lockedAccountId === account.id ? 'auth.unlock' : 'auth.login',
          objectType: 'account',
          objectId: account.id,
        });
      }).immediate();
    }
    afterOpen?.(vault);
    this.info = this.buildInfo(vault);
    this.lockedAccountId = null;
    this.lockedUsername = null;
    this.lastActivity = this.opts.clock.now();
    this.opts.events.emit('app.stateChanged', { state: this.state() });
  }

  /** Recomputes the session after the key file changed (passphrase change, clinical key). */
  refresh(): SessionInfo {
    this.info = this.buildInfo(this.requireVault());
    return this.info;
  }

  private buildInfo(vault: Vault): SessionInfo {
    const account = vault.account!;
    const kfAccount = vault.keyFile().accounts.find((a) => a.id === account.id) as KeyFileAccount;
    const row = vault.db
      ?.prepare('SELECT display_name FROM account WHERE id = ?')
      .get(account.id) as { display_name: string } | undefined;
    return {
      accountId: account.id,
      username: kfAccount.username,
      displayName: row?.display_name ?? kfAccount.username,
      role: kfAccount.role,
      clinicalSupervisor: kfAccount.clinicalSupervisor,
      mustChangePassphrase: kfAccount.mustChangePassphrase,
      clinicalAccess: vault.keys.cnk ? 'granted' : clinicalAccessOf(vault.keyFile(), kfAccount),
    };
  }

  activity(): void {
    if (this.vault) this.lastActivity = this.opts.clock.now();
  }

  /** Called on a timer (and by tests after moving the clock): locks after the idle period. */
  checkIdle(): boolean {
    if (!this.vault) return false;
    if (this.opts.clock.now() - this.lastActivity < this.idleMinutes * 60_000) return false;
    this.lock('idle');
    return true;
  }

  lock(reason: LockReason): void {
    if (!this.vault) return;
    const accountId = this.info?.accountId ?? null;
    const username = this.info?.username ?? null;
    this.endSession(reason === 'idle' ? 'auth.idleLock' : 'auth.lock', { reason });
    this.lockedAccountId = accountId;
    this.lockedUsername = username;
    this.opts.events.emit('session.locked', { reason });
    this.opts.events.emit('app.stateChanged', { state: this.state() });
  }

  logout(): void {
    if (!this.vault) return;
    this.endSession('auth.logout');
    this.lockedAccountId = null;
    this.lockedUsername = null;
    this.opts.events.emit('app.stateChanged', { state: this.state() });
  }

  /** Closing writes the audit head into the key file as the outside anchor, then wipes keys. */
  private endSession(action: string, details?: AuditDetails): void {
    const vault = this.vault!;
    try {
      this.audit(action, this.info ? { type: 'account', id: this.info.accountId } : null, details);
    } finally {
      this.vault = null;
      this.info = null;
      vault.close();
    }
  }

  close(): void {
    if (this.vault) this.logout();
  }
}
