import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, posix, resolve as resolvePath, win32 } from 'node:path';
import { AppError } from '../errors';

/**
 * Where the vault lives: one machine-wide folder on a local disk (SECURITY.md §1). Network and
 * cloud-synced folders are refused: SQLite's WAL needs one host, and sync clients copy half-written
 * files around.
 */
/** process.platform values; only 'win32' and 'linux' change the checks. */
export type Platform = NodeJS.Platform;

export function defaultDataDir(
  platform: Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') return win32.join(env['ProgramData'] ?? 'C:\\ProgramData', 'EAP Desk');
  if (platform === 'darwin') return '/Library/Application Support/EAP Desk';
  return '/var/lib/eap-desk';
}

export interface MountEntry {
  readonly mountPoint: string;
  readonly fsType: string;
}

export interface LocationProbe {
  readonly platform?: Platform;
  /** Linux mount table; read from /proc/mounts when absent. */
  readonly mounts?: readonly MountEntry[];
}

export type LocationVerdict =
  { readonly ok: true } | { readonly ok: false; readonly reason: 'network' | 'cloudSync' };

const NETWORK_FS = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb',
  'smb2',
  'smb3',
  'smbfs',
  'ncpfs',
  'afs',
  'coda',
  'ceph',
  'glusterfs',
  'lustre',
  'gpfs',
  '9p',
  'davfs',
  'fuse.sshfs',
  'sshfs',
  'fuse.rclone',
  'fuse.s3fs',
  'fuse.gcsfuse',
  'fuse.glusterfs',
  'fuse.cephfs',
  'webdav',
  'afpfs',
]);

/** Folder names used by sync clients (OneDrive, Dropbox, Google Drive, iCloud, Box, macOS CloudStorage). */
const CLOUD_SEGMENTS: readonly RegExp[] = [
  /^onedrive( - .+)?$/i,
  /^dropbox( \(.+\))?$/i,
  /^google ?drive$/i,
  /^my drive$/i,
  /^icloud ?drive$/i,
  /^icloud$/i,
  /^mobile documents$/i,
  /^cloudstorage$/i,
  /^box( sync)?$/i,
];

/** /proc/mounts lines: "device mountpoint fstype options 0 0", spaces escaped as \040. */
export function parseProcMounts(text: string): MountEntry[] {
  const unescape = (s: string) =>
    s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
  return text
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length >= 3 && f[1] !== undefined && f[2] !== undefined)
    .map((f) => ({ mountPoint: unescape(f[1]!), fsType: f[2]!.toLowerCase() }));
}

function isUncPath(p: string): boolean {
  return /^(\\\\|\/\/)(?!\?\\|\.\\)[^\\/]+[\\/]/.test(p) || /^\\\\\?\\UNC\\/i.test(p);
}

function segments(p: string, platform: Platform): string[] {
  return p.split(platform === 'win32' ? /[\\/]+/ : /\/+/).filter(Boolean);
}

/** The mount that holds `p`: the longest mount point that is a prefix of it. */
function mountFor(p: string, mounts: readonly MountEntry[]): MountEntry | undefined {
  let best: MountEntry | undefined;
  for (const m of mounts) {
    const mp = m.mountPoint.endsWith('/') ? m.mountPoint : `${m.mountPoint}/`;
    if (
      (p === m.mountPoint || p.startsWith(mp) || m.mountPoint === '/') &&
      (!best || m.mountPoint.length > best.mountPoint.length)
    )
      best = m;
  }
  return best;
}

/** Classifies a path string; the mount table is consulted on Linux only. */
export function classifyDataDir(path: string, probe: LocationProbe = {}): LocationVerdict {
  const platform = probe.platform ?? process.platform;
  if (isUncPath(path)) return { ok: false, reason: 'network' };
  if (segments(path, platform).some((s) => CLOUD_SEGMENTS.some((re) => re.test(s))))
    return { ok: false, reason: 'cloudSync' };
  if (platform === 'linux') {
    const mounts = probe.mounts ?? readMounts();
    const m = mountFor(posix.normalize(path), mounts);
    if (m && (NETWORK_FS.has(m.fsType) || m.fsType.startsWith('fuse.sshfs')))
      return { ok: false, reason: 'network' };
  }
  return { ok: true };
}

function readMounts(): MountEntry[] {
  try {
    return parseProcMounts(readFileSync('/proc/mounts', 'utf8'));
  } catch {
    return [];
  }
}

/** Resolves symlinks of the deepest existing ancestor, so a link into a network share is caught. */
function realLocation(path: string): string {
  let p = resolvePath(path);
  const rest: string[] = [];
  while (!existsSync(p) && dirname(p) !== p) {
    rest.unshift(p.slice(dirname(p).length).replace(/^[\\/]/, ''));
    p = dirname(p);
  }
  try {
    p = realpathSync.native(p);
  } catch {
    // keep the unresolved path
  }
  return rest.length ? resolvePath(p, ...rest) : p;
}

export function assertSupportedDataDir(path: string, probe: LocationProbe = {}): void {
  const checks = [path, probe.platform === undefined ? realLocation(path) : path];
  for (const p of checks) {
    const v = classifyDataDir(p, probe);
    if (!v.ok) throw new AppError('UNSUPPORTED_LOCATION', { params: { reason: v.reason } });
  }
}
