/**
 * The encrypted vault's public entry points (issue #3). Core integration (app-core, IPC
 * handlers) imports from here; the pieces live beside this file.
 */
export { initVault, type InitVaultOptions, type InitVaultResult } from './init';
export {
  openVault,
  openWithRecoveryCode,
  type OpenVaultOptions,
  type OpenWithRecoveryOptions,
} from './open';
export type { Vault, VaultAccount, VaultDamage } from './vault-handle';
export { rotateDatabaseKey, type RotationResult } from './rotate';
export { allocateCaseNumber } from './case-number';
export { defaultDataDir, classifyDataDir, assertSupportedDataDir } from './data-dir';
export { vaultPaths } from './paths';
