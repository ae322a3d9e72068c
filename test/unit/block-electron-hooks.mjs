// Loaded with `node --import` before tsx: makes `electron` (and packages that need it)
// unloadable through both import and require, as on a machine without the Electron binary.
// Synchronous hooks (module.registerHooks) cover require() as well as import.
import { registerHooks } from 'node:module';

const BLOCKED = /^(electron|electron-store)(\/.*)?$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (BLOCKED.test(specifier)) {
      throw new Error(`BLOCKED: core must not load '${specifier}'`);
    }
    return nextResolve(specifier, context);
  },
});
