import type { Role } from '../../../shared/domain/app-state';
import { AppError } from '../errors';
import type { Db } from '../db/open';
import { auditHead } from '../security/audit';
import type { KeyFile } from '../security/keyfile-schema';
import { zeroHeldKeys, type HeldKeys } from '../security/seeds';
import { saveGeneration } from './keyfile-store';
import { recordCleanClose } from './clean-close';
import type { VaultPaths } from './paths';

export interface VaultAccount {
  readonly id: string;
  readonly username: string;
  readonly role: Role;
  readonly clinicalSupervisor: boolean;
  readonly mustChangePassphrase: boolean;
}

export interface VaultDamage {
  readonly code: 'DB_DAMAGED';
  readonly key: string;
  /** How many problems quick_check listed (not their text: it may quote page contents). */
  readonly problems: number;
}

/** An unlocked vault: the open databases and the keys this person holds. */
export interface Vault {
  readonly dataDir: string;
  readonly databaseId: string;
  readonly installationId: string;
  /** The main database; null for statistics readers (they hold no DBK). */
  readonly db: Db | null;
  readonly statsDb: Db;
  /** null when opened with the recovery code. */
  readonly account: VaultAccount | null;
  readonly keys: Readonly<HeldKeys>;
  /** The main database failed quick_check: nothing may be written, a guided restore is due. */
  readonly readOnly: boolean;
  readonly damage: VaultDamage | null;
  /** The key file as last loaded or saved (counters may be newer on disk). */
  keyFile(): KeyFile;
  /** Writes a changed key file (from security/keys.ts) as a new generation, sealed under DBK. */
  saveKeyFile(next: KeyFile): void;
  /** Starts holding a key this session just created or was given (the first clinical key). */
  holdKey(name: 'cnk', key: Buffer): void;
  /**
   * Damage was seen while open (a read failed as corrupt, or an explicit check): no clean-close
   * record is written, so the next open checks the whole file (ADR 0007).
   */
  distrustFiles(): void;
  /** A full check of both files just found them sound (cli verify): the record carries `at`. */
  noteFullCheck(at: number): void;
  /** Writes the audit head into the key file, closes both databases and wipes the keys. */
  close(): void;
}

export class VaultHandle implements Vault {
  private closed = false;
  private kf: KeyFile;
  private mainDb: Db | null;
  private held: HeldKeys;
  private checkedAt: { db: number | null; statsDb: number | null };

  constructor(
    readonly paths: VaultPaths,
    init: {
      keyFile: KeyFile;
      db: Db | null;
      statsDb: Db;
      account: VaultAccount | null;
      keys: HeldKeys;
      /** When each database was last fully checked (ADR 0007); null: check at the next open. */
      checkedAt: { db: number | null; statsDb: number | null };
      damage: VaultDamage | null;
    },
  ) {
    this.checkedAt = { ...init.checkedAt };
    this.kf = init.keyFile;
    this.mainDb = init.db;
    this.held = init.keys;
    this.statsDb = init.statsDb;
    this.account = init.account;
    this.damage = init.damage;
    this.readOnly = init.damage !== null;
  }

  readonly statsDb: Db;
  readonly account: VaultAccount | null;
  readonly damage: VaultDamage | null;
  readonly readOnly: boolean;

  get dataDir(): string {
    return this.paths.dataDir;
  }
  get databaseId(): string {
    return this.kf.databaseId;
  }
  get installationId(): string {
    return this.kf.installationId;
  }
  get db(): Db | null {
    this.assertOpen();
    return this.mainDb;
  }
  get keys(): Readonly<HeldKeys> {
    this.assertOpen();
    return this.held;
  }

  keyFile(): KeyFile {
    return this.kf;
  }

  distrustFiles(): void {
    this.checkedAt = { db: null, statsDb: null };
  }

  noteFullCheck(at: number): void {
    this.checkedAt = { db: this.mainDb ? at : null, statsDb: at };
  }

  /** When the main database (else the statistics store) was last fully checked (ADR 0007). */
  get lastFullCheckAt(): number | null {
    return this.mainDb ? this.checkedAt.db : this.checkedAt.statsDb;
  }

  saveKeyFile(next: KeyFile): void {
    this.assertOpen();
    if (this.readOnly) throw new AppError('READ_ONLY');
    this.kf = saveGeneration(this.paths, this.kf, next, this.held);
  }

  /** Rotation swaps in the re-encrypted database and the new DBK (vault/rotate.ts only). */
  replaceMainDb(db: Db, dbk: Buffer, kf: KeyFile): void {
    this.held.dbk?.fill(0);
    // A new file under a new key: the next open checks it in full rather than trust a record.
    this.checkedAt.db = null;
    this.mainDb = db;
    this.held = { ...this.held, dbk };
    this.kf = kf;
  }

  holdKey(name: 'cnk', key: Buffer): void {
    this.assertOpen();
    this.held[name]?.fill(0);
    this.held = { ...this.held, [name]: key };
  }

  close(): void {
    if (this.closed) return;
    let failure: Error | null = null;
    try {
      const head = this.mainDb && !this.readOnly && this.held.dbk ? auditHead(this.mainDb) : null;
      if (
        head &&
        (this.kf.auditAnchor?.seq !== head.seq || this.kf.auditAnchor.hash !== head.hash)
      ) {
        this.saveKeyFile({
          ...this.kf,
          auditAnchor: { seq: head.seq, hash: head.hash, at: head.at },
        });
      }
    } catch (e) {
      failure = e instanceof Error ? e : new Error('closing failed');
    }
    this.closed = true;
    this.mainDb?.close();
    this.statsDb.close();
    if (!failure && !this.readOnly) {
      const { db, statsDb } = this.checkedAt;
      if (this.mainDb && this.held.dbk && db !== null)
        recordCleanClose(this.paths.db, this.held.dbk, db);
      if (this.held.sk && statsDb !== null)
        recordCleanClose(this.paths.statsDb, this.held.sk, statsDb);
    }
    zeroHeldKeys(this.held);
    if (failure) throw failure;
  }

  private assertOpen(): void {
    if (this.closed) throw new AppError('SESSION_LOCKED');
  }
}
