import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import {
  assertSupportedDataDir,
  classifyDataDir,
  defaultDataDir,
  parseProcMounts,
} from './data-dir';

const MOUNTS = parseProcMounts(
  [
    '/dev/sda1 / ext4 rw,relatime 0 0',
    'server:/export /mnt/nas nfs4 rw 0 0',
    '//fileserver/share /mnt/office\\040share cifs rw 0 0',
    'tmpfs /tmp tmpfs rw 0 0',
    'user@host:/x /home/u/remote fuse.sshfs rw 0 0',
  ].join('\n'),
);

describe('data folder location', () => {
  it('defaults to a machine-wide folder per platform', () => {
    expect(defaultDataDir('win32', { ProgramData: 'C:\\ProgramData' })).toBe(
      'C:\\ProgramData\\EAP Desk',
    );
    expect(defaultDataDir('darwin', {})).toBe('/Library/Application Support/EAP Desk');
    expect(defaultDataDir('linux', {})).toBe('/var/lib/eap-desk');
  });

  it('refuses UNC paths', () => {
    for (const p of [
      '\\\\server\\share\\EAP',
      '//server/share/eap',
      '\\\\?\\UNC\\server\\share\\x',
    ]) {
      expect(classifyDataDir(p, { platform: 'win32' }), p).toEqual({
        ok: false,
        reason: 'network',
      });
    }
    expect(classifyDataDir('C:\\ProgramData\\EAP Desk', { platform: 'win32' })).toEqual({
      ok: true,
    });
  });

  it('refuses cloud-synced folders by name', () => {
    const cloudy = [
      ['C:\\Users\\u\\OneDrive - Agency\\EAP', 'win32'],
      ['C:\\Users\\u\\OneDrive\\EAP', 'win32'],
      ['C:\\Users\\u\\Dropbox\\eap', 'win32'],
      ['G:\\My Drive\\eap', 'win32'],
      ['C:\\Users\\u\\Google Drive\\eap', 'win32'],
      ['/Users/u/Library/Mobile Documents/com~apple~CloudDocs/eap', 'darwin'],
      ['/Users/u/Library/CloudStorage/OneDrive-Agency/eap', 'darwin'],
      ['C:\\Users\\u\\iCloudDrive\\eap', 'win32'],
      ['C:\\Users\\u\\Box\\eap', 'win32'],
    ] as const;
    for (const [p, platform] of cloudy)
      expect(classifyDataDir(p, { platform, mounts: [] }), p).toEqual({
        ok: false,
        reason: 'cloudSync',
      });
    // Words that merely contain a provider's name are fine.
    expect(classifyDataDir('C:\\Data\\Mailbox\\Boxes\\eap', { platform: 'win32' })).toEqual({
      ok: true,
    });
  });

  it('refuses network mounts on Linux from the mount table', () => {
    const probe = { platform: 'linux', mounts: MOUNTS } as const;
    expect(classifyDataDir('/mnt/nas/eap', probe)).toEqual({ ok: false, reason: 'network' });
    expect(classifyDataDir('/mnt/office share/eap', probe)).toEqual({
      ok: false,
      reason: 'network',
    });
    expect(classifyDataDir('/home/u/remote/eap', probe)).toEqual({ ok: false, reason: 'network' });
    expect(classifyDataDir('/mnt/nasty/eap', probe)).toEqual({ ok: true });
    expect(classifyDataDir('/var/lib/eap-desk', probe)).toEqual({ ok: true });
  });

  it('throws UNSUPPORTED_LOCATION with the reason only', () => {
    try {
      assertSupportedDataDir('/mnt/nas/eap', { platform: 'linux', mounts: MOUNTS });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).toIpc()).toEqual({
        code: 'UNSUPPORTED_LOCATION',
        key: 'errors.unsupportedLocation',
        params: { reason: 'network' },
      });
    }
  });
});
