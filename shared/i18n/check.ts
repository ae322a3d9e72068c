/**
 * The i18n consistency rules, as pure functions over text, so the `npm run i18n:check` script and
 * the vitest test apply exactly the same checks. No file access here (shared/ has no Node).
 */

export type Catalog = Readonly<Record<string, string>>;

/** `{{name}}` and `{{name, format}}` → the set of names a message interpolates. */
export function interpolationParams(message: string): string[] {
  const names = new Set<string>();
  for (const m of message.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)) {
    if (m[1]) names.add(m[1]);
  }
  return [...names].sort();
}

/** Compares every catalog with the reference: same keys, no empty text, same `{{…}}` names. */
export function compareCatalogs(
  catalogs: Readonly<Record<string, Catalog>>,
  referenceLanguage: string,
): string[] {
  const problems: string[] = [];
  const reference = catalogs[referenceLanguage];
  if (!reference) return [`reference catalog ${referenceLanguage} is missing`];
  for (const [lang, catalog] of Object.entries(catalogs)) {
    for (const [key, text] of Object.entries(catalog)) {
      if (text.trim() === '') problems.push(`${lang}: "${key}" is empty`);
    }
    if (lang === referenceLanguage) continue;
    for (const key of Object.keys(reference)) {
      if (!Object.hasOwn(catalog, key)) problems.push(`${lang}: missing "${key}"`);
    }
    for (const [key, text] of Object.entries(catalog)) {
      const refText = reference[key];
      if (refText === undefined) {
        problems.push(`${lang}: "${key}" is not in ${referenceLanguage}`);
        continue;
      }
      const a = interpolationParams(refText).join(', ');
      const b = interpolationParams(text).join(', ');
      if (a !== b) {
        problems.push(`${lang}: "${key}" uses {{${b}}} but ${referenceLanguage} uses {{${a}}}`);
      }
    }
  }
  return problems;
}

/** Keys a renderer file passes as literals to `t('…')` (also `i18n.t("…")`). */
export function translationCallKeys(source: string): string[] {
  const keys: string[] = [];
  for (const m of stripComments(source).matchAll(/(?<![\w$])t\(\s*(['"])([^'"\n]+)\1/g)) {
    if (m[2]) keys.push(m[2]);
  }
  return keys;
}

/**
 * Message keys written as string literals in core code (`key: 'errors.x'`, `'validation.x'`):
 * the core sends them to the renderer, so each must be in the catalogs.
 */
export function coreMessageKeys(source: string): string[] {
  const keys: string[] = [];
  for (const m of stripComments(source).matchAll(
    /['"`]((?:errors|validation)\.[A-Za-z][\w.]*)['"`]/g,
  )) {
    if (m[1]) keys.push(m[1]);
  }
  return keys;
}

export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** Reports every key used in the given sources that the reference catalog lacks. */
export function missingKeys(
  reference: Catalog,
  files: readonly SourceFile[],
  extract: (text: string) => string[],
): string[] {
  const problems: string[] = [];
  for (const file of files) {
    for (const key of new Set(extract(file.text))) {
      if (!Object.hasOwn(reference, key))
        problems.push(`${file.path}: unknown message key "${key}"`);
    }
  }
  return problems;
}

/** Comments may quote example keys (`'validation.xyz'`) that no code sends. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"])\/\/.*$/gm, '$1');
}
