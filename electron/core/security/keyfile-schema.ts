import { z } from 'zod';
import { ROLES } from '../../../shared/domain/app-state';

/**
 * The key file (`eap-desk.keys.json`): who may open what, with every secret wrapped. Usernames
 * may appear; nothing secret is in clear. Strict objects: an unknown field means a newer or a
 * tampered file, and we would rather refuse it than silently drop what we do not understand.
 */
export const KEYFILE_FORMAT = 'eap-desk.keys';
export const KEYFILE_VERSION = 1;
export const MAX_PENDING_AUTH_EVENTS = 500;

const b64 = z
  .string()
  .max(4096)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const hex32 = z.string().regex(/^[0-9a-f]{32}$/);
const epochMs = z.number().int().nonnegative();
const version = z.number().int().positive();

export const kdfParamsSchema = z.strictObject({
  kdf: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  salt: b64,
  v: z.literal(1),
});

export const hpkeBoxSchema = z.strictObject({ keyVersion: version, enc: b64, ct: b64 });

export const sealedSeedSchema = z.strictObject({
  kdf: kdfParamsSchema,
  nonce: b64,
  ciphertext: b64,
});

export const accountSchema = z.strictObject({
  id: z.uuid(),
  username: z.string().min(1).max(64),
  role: z.enum(ROLES),
  clinicalSupervisor: z.boolean(),
  status: z.enum(['active', 'disabled']),
  mustChangePassphrase: z.boolean(),
  /** null once disabled: the key pair is destroyed with the slots. */
  publicKey: b64.nullable(),
  privateSeed: sealedSeedSchema.nullable(),
  failedLogins: z.strictObject({
    count: z.number().int().min(0).max(1000),
    lockedUntil: epochMs.nullable(),
  }),
  slots: z.strictObject({
    dbk: hpkeBoxSchema.optional(),
    cnk: hpkeBoxSchema.optional(),
    sk: hpkeBoxSchema.optional(),
  }),
});

export const codeHolderSchema = z.strictObject({ publicKey: b64, kdf: kdfParamsSchema });

export const keyFileSchema = z.strictObject({
  format: z.literal(KEYFILE_FORMAT),
  version: z.literal(KEYFILE_VERSION),
  generation: z.number().int().nonnegative(),
  databaseId: z.uuid(),
  installationId: z.uuid(),
  binding: z.strictObject({
    /** SQLCipher salts: the first 16 bytes of each database file, hex. */
    dbSalt: hex32,
    statsSalt: hex32,
    /** HMAC under an HKDF(DBK) subkey over ids, salts, key versions and every public key. */
    dbMac: b64,
    /** HMAC under an HKDF(SK) subkey, for statistics readers who hold no DBK. */
    statsMac: b64,
  }),
  /** cnk 0 = no clinical key yet (it is created with the first counsellor). */
  keyVersions: z.strictObject({ dbk: version, cnk: z.number().int().nonnegative(), sk: version }),
  accounts: z.array(accountSchema).max(1000),
  recovery: codeHolderSchema.extend({
    slots: z.strictObject({ dbk: hpkeBoxSchema, sk: hpkeBoxSchema }),
  }),
  escrow: codeHolderSchema
    .extend({ slots: z.strictObject({ cnk: hpkeBoxSchema }), verifiedAt: epochMs.nullable() })
    .nullable(),
  auditAnchor: z
    .strictObject({
      seq: z.number().int().nonnegative(),
      hash: z.string().regex(/^[0-9a-f]{64}$/),
      at: epochMs,
    })
    .nullable(),
  /** Failed logins waiting to enter the audit at the next unlock; no usernames for unknown names. */
  pendingAuthEvents: z
    .array(
      z.strictObject({
        at: epochMs,
        kind: z.enum(['loginFailed', 'loginWhileLocked', 'accountLocked']),
        accountId: z.uuid().nullable(),
      }),
    )
    .max(MAX_PENDING_AUTH_EVENTS),
});

export type KeyFile = z.infer<typeof keyFileSchema>;
export type KeyFileAccount = z.infer<typeof accountSchema>;
export type SealedSeed = z.infer<typeof sealedSeedSchema>;
export type PendingAuthEvent = KeyFile['pendingAuthEvents'][number];
export type CodeHolder = z.infer<typeof codeHolderSchema>;

/** Usernames compare after NFC, trimming and case folding, so 'Chen ' and 'chen' are one account. */
export const usernameKey = (u: string): string => u.normalize('NFC').trim().toLowerCase();

export function findAccountByUsername(kf: KeyFile, username: string): KeyFileAccount | undefined {
  const key = usernameKey(username);
  return kf.accounts.find((a) => usernameKey(a.username) === key);
}
