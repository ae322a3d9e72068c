import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuilderConfig, parseSimpleYaml } from '../../scripts/check-builder-config.mjs';

const ROOT = resolve(__dirname, '..', '..');
const yaml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
const problemsWith = (from: string, to: string): string[] => {
  expect(yaml).toContain(from);
  return checkBuilderConfig(parseSimpleYaml(yaml.replace(from, to)));
};

describe('electron-builder.yml', () => {
  it('passes every check', () => {
    expect(checkBuilderConfig(parseSimpleYaml(yaml))).toEqual([]);
  });

  it('flips the release fuses and never publishes', () => {
    const config = parseSimpleYaml(yaml);
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
    expect(config['publish']).toBeNull();
    expect(config['appId']).toBe('tw.gov.eap.desk');
  });

  it.each([
    ['  runAsNode: false', '  runAsNode: true', 'electronFuses.runAsNode'],
    [
      '  onlyLoadAppFromAsar: true',
      '  onlyLoadAppFromAsar: false',
      'electronFuses.onlyLoadAppFromAsar',
    ],
    ['  perMachine: true', '  perMachine: false', 'nsis.perMachine'],
    ['publish: null', 'publish: github', 'publish'],
    ['npmRebuild: false', 'npmRebuild: true', 'npmRebuild'],
    ['  - node_modules/better-sqlite3-multiple-ciphers/prebuilds/**', '  - other/**', 'asarUnpack'],
  ])('catches %s → %s', (from, to, path) => {
    expect(problemsWith(from, to).join('\n')).toContain(path);
  });

  it('refuses YAML outside the simple subset instead of guessing', () => {
    expect(() => parseSimpleYaml('a: &x 1\nb: *x\n')).toThrow(/unsupported/);
    expect(() => parseSimpleYaml('files: [dist/**]\n')).toThrow(/unsupported/);
    expect(() => parseSimpleYaml('a: 1\na: 2\n')).toThrow(/duplicate/);
    expect(() => parseSimpleYaml('a: |\n  text\n')).toThrow(/unsupported/);
  });

  it('the npm script exits non-zero on a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eap-builder-'));
    try {
      const bad = join(dir, 'bad.yml');
      writeFileSync(bad, yaml.replace('  runAsNode: false', '  runAsNode: true'));
      const res = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts', 'check-builder-config.mjs'), bad],
        {
          encoding: 'utf8',
        },
      );
      expect(res.status).toBe(1);
      expect(res.stderr).toContain('electronFuses.runAsNode');
      const good = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts', 'check-builder-config.mjs')],
        {
          encoding: 'utf8',
        },
      );
      expect(good.status, good.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
