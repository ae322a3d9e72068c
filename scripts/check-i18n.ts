/**
 * `npm run i18n:check`: both catalogs have the same keys, no empty text and the same `{{…}}`
 * names; every `t('…')` literal in the renderer and every message key the core sends exists.
 * The vitest test (shared/i18n/catalogs.test.ts) calls collectI18nProblems, so both agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_ERROR_KEYS } from '../shared/ipc/envelope';
import {
  compareCatalogs,
  coreMessageKeys,
  missingKeys,
  translationCallKeys,
  type SourceFile,
} from '../shared/i18n/check';
import { catalogs, DEFAULT_LANGUAGE } from '../shared/i18n/index';

const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

function sources(root: string, dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(p);
      } else if (/\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name)) {
        out.push({ path: relative(root, p), text: readFileSync(p, 'utf8') });
      }
    }
  };
  try {
    walk(join(root, dir));
  } catch (e) {
    // A folder that does not exist yet has no keys to check.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return out;
}

export function collectI18nProblems(root: string = REPO_ROOT): string[] {
  const reference = catalogs[DEFAULT_LANGUAGE];
  const defaultKeys = Object.values(DEFAULT_ERROR_KEYS)
    .filter((key) => !Object.hasOwn(reference, key))
    .map((key) => `shared/ipc/envelope.ts: DEFAULT_ERROR_KEYS names unknown key "${key}"`);
  return [
    ...compareCatalogs(catalogs, DEFAULT_LANGUAGE),
    ...defaultKeys,
    ...missingKeys(reference, sources(root, 'renderer/src'), translationCallKeys),
    ...missingKeys(
      reference,
      [...sources(root, 'electron/core'), ...sources(root, 'shared/ipc')],
      coreMessageKeys,
    ),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const problems = collectI18nProblems();
  if (problems.length > 0) {
    console.error(`i18n check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const count = Object.keys(catalogs[DEFAULT_LANGUAGE]).length;
  console.log(`i18n check passed: ${count} keys in ${Object.keys(catalogs).join(', ')}`);
}
