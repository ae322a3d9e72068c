import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreKit, setupOffice, type CoreKit } from '../../electron/core/testing/core-kit';
import { keyFor } from '../harness/kill9-key';

/**
 * kill -9 of a writer (SECURITY.md §9): ≥ 40 kills at random moments, then: the database opens
 * (quick_check runs at every open), the audit chain verifies, and every write the writer had
 * acknowledged is present. WAL + synchronous=FULL is what makes this hold.
 */
const KILLS = 40;

let kit: CoreKit;
let admin: { username: string; passphrase: string };
beforeAll(async () => {
  kit = createCoreKit();
  const s = await setupOffice(kit);
  admin = { username: s.admin.username, passphrase: s.admin.passphrase };
  await kit.ok('auth.logout');
  kit.core.close();
});
afterAll(() => kit.dispose());

function runAndKill(start: number, killAfterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // The writer must BE the spawned process: the tsx CLI would put a process in between, and
    // a SIGKILL would then leave the real writer running.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/harness/kill9-writer.ts',
        kit.dir,
        admin.username,
        admin.passphrase,
        String(start),
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.runtime.json' },
      },
    );
    let lastAck = start - 1;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        const m = /^ack (\d+)$/.exec(line);
        if (m) lastAck = Number(m[1]);
      }
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve(lastAck)
        : reject(new Error(`writer ended without a kill: ${stderr.slice(0, 500)}`)),
    );
  });
}

describe('kill -9 harness', () => {
  it(`loses no acknowledged write and corrupts nothing over ${KILLS} kills`, async () => {
    let next = 0;
    const acked: number[] = [];
    for (let i = 0; i < KILLS; i++) {
      const last = await runAndKill(next, 5 + Math.floor(Math.random() * 120));
      for (let n = next; n <= last; n++) acked.push(n);
      next = last + 2; // the write in flight at the kill may or may not have landed: skip it
    }
    // Most runs acknowledge dozens of writes before the kill; some are killed before the first.
    expect(acked.length).toBeGreaterThan(KILLS * 5);
    console.info(`kill -9 harness: ${KILLS} kills, ${acked.length} acknowledged writes checked`);
    const { createAppCore } = await import('../../electron/core/app-core');
    const core = createAppCore({ dataDir: kit.dir, kdf: 'fast', idleCheckMs: 0 });
    try {
      const login = await core.dispatch('auth.login', admin);
      expect(login.ok).toBe(true);
      expect(core.state()).toBe('unlocked'); // not readOnly: quick_check passed
      const verify = await core.dispatch('audit.verify', {});
      expect(verify).toMatchObject({ ok: true, value: { ok: true } });
      const missing: number[] = [];
      for (const n of acked) {
        const res = await core.dispatch('drafts.get', { formKey: keyFor(n) });
        if (
          !res.ok ||
          (res.value as { payload: string | null }).payload !==
            `payload-${n}-${'x'.repeat(n % 500)}`
        )
          missing.push(n);
      }
      expect(missing).toEqual([]);
    } finally {
      core.close();
    }
  }, 600_000);
});
