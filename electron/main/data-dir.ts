import { isAbsolute, resolve } from 'node:path';
import { defaultDataDir } from '../core/vault/data-dir';

/**
 * The vault folder for this start: EAP_DESK_DATA_DIR (development, tests, unusual installs) or
 * the machine-wide default the vault defines. Whether the folder is acceptable (local disk, not
 * synced) is core's check, so its refusal reaches the user as a translated message.
 */
export function resolveDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const override = env['EAP_DESK_DATA_DIR'];
  if (override !== undefined && override.trim() !== '') {
    return isAbsolute(override) ? override : resolve(override);
  }
  return defaultDataDir(platform, env);
}
