import { z } from 'zod';
import { equalBytes, fromB64, toB64, zero } from '../security/bytes';
import { hkdf32, hmacSha256 } from '../security/symmetric';

/**
 * The backup manifest: what is in the bundle and how to check it, MAC'd under a key derived from
 * DBK so that only a DBK holder could have written it and any edit shows. No names, no data.
 */
export const BACKUP_FORMAT = 'eap-desk.backup';
export const BUNDLE_FILES = {
  db: 'eap-desk.db',
  statsDb: 'eap-desk.stats.db',
  keySlots: 'keyslots.json',
  manifest: 'manifest.json',
} as const;

const counts = z.record(z.string().max(128), z.number().int().nonnegative());
const sha = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestBodySchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(32),
  schemaVersion: z.number().int().nonnegative(),
  statsSchemaVersion: z.number().int().nonnegative(),
  databaseId: z.uuid(),
  installationId: z.uuid(),
  keyVersions: z.strictObject({
    dbk: z.number().int().positive(),
    cnk: z.number().int().nonnegative(),
    sk: z.number().int().positive(),
  }),
  rowCounts: counts,
  statsRowCounts: counts,
  auditHead: z.strictObject({ seq: z.number().int(), hash: sha, at: z.number().int() }).nullable(),
  files: z.strictObject({
    [BUNDLE_FILES.db]: sha,
    [BUNDLE_FILES.statsDb]: sha,
    [BUNDLE_FILES.keySlots]: sha,
  }),
});
export const manifestSchema = manifestBodySchema.extend({
  mac: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

export type ManifestBody = z.infer<typeof manifestBodySchema>;
export type BackupManifest = z.infer<typeof manifestSchema>;

/** JSON with object keys sorted at every level: the same manifest always MACs the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function macOf(body: ManifestBody, dbk: Uint8Array): Buffer {
  const key = hkdf32(dbk, 'eap-desk/backup-manifest/v1');
  try {
    return hmacSha256(key, canonicalJson(body));
  } finally {
    zero(key);
  }
}

export function signManifest(body: ManifestBody, dbk: Uint8Array): BackupManifest {
  return { ...body, mac: toB64(macOf(body, dbk)) };
}

export function verifyManifest(manifest: BackupManifest, dbk: Uint8Array): boolean {
  const { mac, ...body } = manifest;
  return equalBytes(macOf(body, dbk), fromB64(mac));
}
