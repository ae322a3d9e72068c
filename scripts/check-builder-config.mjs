// `npm run check:builder [file]`: validates electron-builder.yml without electron-builder (it is
// not installed here; packaging runs on a machine with internet). Parses the plain-YAML subset
// the file keeps to, then checks the settings SECURITY.md §7 and ARCHITECTURE.md rely on.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Maps by indentation, `- scalar` lists, scalars; anything fancier is refused, not guessed. */
export function parseSimpleYaml(text) {
  const root = {};
  const stack = [{ indent: -1, container: root }];
  let pendingKey = null; // a `key:` with nothing after it, waiting for its children
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const where = `line ${i + 1}`;
    const line = stripComment(raw);
    if (line.trim() === '') return;
    if (/\t/.test(line.match(/^\s*/)[0])) throw new Error(`${where}: tabs in indentation`);
    const indent = line.match(/^ */)[0].length;
    const body = line.trim();
    if (/^[&*!|>{[]/.test(body) || /:\s*[&*!|>{[]/.test(body)) {
      throw new Error(`${where}: unsupported YAML (anchors, tags, block or flow styles): ${body}`);
    }
    while (stack.length > 1 && indent <= stack.at(-1).indent) stack.pop();
    let parent = stack.at(-1);
    if (pendingKey) {
      const { owner, key, indent: keyIndent } = pendingKey;
      pendingKey = null;
      if (indent > keyIndent) {
        owner[key] = body.startsWith('- ') || body === '-' ? [] : {};
        stack.push({ indent: keyIndent, container: owner[key] });
        parent = stack.at(-1);
      }
    }
    const container = parent.container;
    if (body.startsWith('- ')) {
      if (!Array.isArray(container)) throw new Error(`${where}: list item outside a list`);
      container.push(scalar(body.slice(2).trim(), where));
      return;
    }
    const m = /^([A-Za-z0-9_.-]+):(?:\s+(.*))?$/.exec(body);
    if (!m) throw new Error(`${where}: expected "key: value": ${body}`);
    if (Array.isArray(container)) throw new Error(`${where}: key inside a list`);
    const [, key, rest] = m;
    if (Object.hasOwn(container, key)) throw new Error(`${where}: duplicate key ${key}`);
    if (rest === undefined || rest === '') {
      container[key] = null;
      pendingKey = { owner: container, key, indent };
    } else {
      container[key] = scalar(rest.trim(), where);
    }
  });
  return root;
}

function stripComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}

function scalar(text, where) {
  if (/^".*"$/.test(text)) return JSON.parse(text);
  if (/^'.*'$/.test(text)) return text.slice(1, -1).replaceAll("''", "'");
  if (/^["']/.test(text)) throw new Error(`${where}: unterminated quote`);
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null' || text === '~') return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

const get = (obj, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);

/** [path, expected] pairs; a function checks anything more than equality. */
const REQUIRED = [
  ['appId', 'tw.gov.eap.desk'],
  ['productName', 'EAP Desk'],
  ['files', (v) => (Array.isArray(v) && v.includes('dist/**')) || 'must include dist/**'],
  ['asar', true],
  [
    'asarUnpack',
    (v) =>
      (Array.isArray(v) &&
        v.some((p) => String(p).startsWith('node_modules/better-sqlite3-multiple-ciphers/'))) ||
      'must unpack the better-sqlite3-multiple-ciphers prebuilds',
  ],
  ['npmRebuild', false],
  ['electronFuses.runAsNode', false],
  ['electronFuses.enableNodeOptionsEnvironmentVariable', false],
  ['electronFuses.enableNodeCliInspectArguments', false],
  ['electronFuses.onlyLoadAppFromAsar', true],
  ['electronFuses.enableEmbeddedAsarIntegrityValidation', true],
  ['electronFuses.enableCookieEncryption', true],
  ['win.target', (v) => (Array.isArray(v) && v.includes('nsis')) || 'must build nsis'],
  ['nsis.perMachine', true],
  ['nsis.deleteAppDataOnUninstall', false],
  ['mac.target', (v) => (Array.isArray(v) && v.includes('dmg')) || 'must build dmg'],
  [
    'linux.target',
    (v) =>
      (Array.isArray(v) && v.includes('AppImage') && v.includes('deb')) ||
      'must build AppImage and deb',
  ],
  ['publish', null],
];

export function checkBuilderConfig(config) {
  const problems = [];
  for (const [path, expected] of REQUIRED) {
    const actual = get(config, path);
    if (typeof expected === 'function') {
      const verdict = expected(actual);
      if (verdict !== true) problems.push(`${path}: ${verdict} (found ${JSON.stringify(actual)})`);
    } else if (actual !== expected) {
      problems.push(
        `${path}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`,
      );
    }
  }
  // Anything that could auto-update or phone home.
  for (const key of ['electronUpdaterCompatibility', 'generateUpdatesFilesForAllChannels']) {
    if (get(config, key) !== undefined) problems.push(`${key}: no auto-update in this app`);
  }
  return problems;
}

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = resolve(ROOT, process.argv[2] ?? 'electron-builder.yml');
  let problems;
  try {
    problems = checkBuilderConfig(parseSimpleYaml(readFileSync(file, 'utf8')));
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  if (problems.length > 0) {
    console.error(`${file}:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`${file}: OK (${REQUIRED.length} checks)`);
}
