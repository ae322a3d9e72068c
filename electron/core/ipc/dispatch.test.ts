import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore } from '../app-core';
import { manualClock } from '../clock';
import { assertJsonShape } from './input-shape';

const dirs: string[] = [];
function freshCore() {
  const dir = mkdtempSync(join(tmpdir(), 'eap-dispatch-'));
  dirs.push(dir);
  const clock = manualClock(Date.UTC(2025, 2, 5));
  return { core: createAppCore({ dataDir: dir, clock }), dir, clock };
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('dispatch', () => {
  it('answers app.info in a new data folder as uninitialised', async () => {
    const { core, dir } = freshCore();
    const res = await core.dispatch('app.info', {});
    expect(res).toEqual({
      ok: true,
      value: {
        name: 'EAP Desk',
        version: expect.any(String) as unknown,
        state: 'uninitialised',
        dataDir: dir,
        schemaVersion: null,
      },
    });
  });

  it('echoes through the whole path with the injected clock', async () => {
    const { core } = freshCore();
    expect(await core.dispatch('app.echo', { text: '你好' })).toEqual({
      ok: true,
      value: { text: '你好', at: Date.UTC(2025, 2, 5) },
    });
  });

  it('refuses an unknown channel without throwing', async () => {
    const { core } = freshCore();
    const res = await core.dispatch('cases.dropAll', {});
    expect(res).toEqual({ ok: false, error: { code: 'NOT_FOUND', key: 'errors.unknownChannel' } });
    expect(await core.dispatch('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await core.dispatch('toString', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('gives per-field issues with message keys for bad input', async () => {
    const { core } = freshCore();
    expect(await core.dispatch('app.echo', { text: '' })).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        key: 'errors.validation',
        issues: [{ path: ['text'], key: 'validation.required' }],
      },
    });
    expect(await core.dispatch('app.echo', {})).toMatchObject({
      error: { issues: [{ path: ['text'], key: 'validation.required' }] },
    });
    expect(await core.dispatch('app.echo', { text: 'x'.repeat(201) })).toMatchObject({
      error: { issues: [{ path: ['text'], key: 'validation.tooLong', params: { max: 200 } }] },
    });
  });

  it('rejects unknown keys (strict objects)', async () => {
    const { core } = freshCore();
    expect(await core.dispatch('app.echo', { text: 'a', role: 'admin' })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ key: 'validation.unknownField', params: { fields: 'role' } }],
      },
    });
  });

  it('caps depth and size before parsing, and never pollutes prototypes', async () => {
    const { core } = freshCore();
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(await core.dispatch('app.echo', { text: deep })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'errors.inputShape', params: { reason: 'tooDeep' } },
    });
    const polluted = JSON.parse('{"text":"a","__proto__":{"polluted":true}}') as unknown;
    expect(await core.dispatch('app.echo', polluted)).toMatchObject({
      error: { key: 'errors.inputShape', params: { reason: 'forbiddenKey' } },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await core.dispatch('app.echo', { text: 'a'.repeat(200_000) })).toMatchObject({
      error: { params: { reason: 'stringTooLong' } },
    });
  });
});

describe('assertJsonShape', () => {
  it('accepts plain JSON data', () => {
    expect(() => assertJsonShape({ a: [1, 'b', null, true, { c: 2 }] })).not.toThrow();
  });
  it.each([
    ['a Date', new Date()],
    ['a Map', new Map()],
    ['NaN', Number.NaN],
    ['a function', () => 1],
    ['undefined inside', { a: undefined }],
    ['a bigint', 1n],
  ])('rejects %s', (_label, value) => {
    expect(() => assertJsonShape({ v: value })).toThrow();
  });
});
