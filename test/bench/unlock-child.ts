import { createAppCore } from '../../electron/core/app-core';
import { systemClock } from '../../electron/core/clock';
import { lineReader } from '../../electron/cli/io';

/**
 * Runs in a fresh process (spawned by run.ts), so the numbers are what a person sees after
 * starting the app: unlock = production key derivation + opening and checking the database +
 * the first page of the case list, through the same dispatcher as the renderer; then the memory
 * of that core. Arguments: data folder, username; the passphrase arrives on stdin.
 */
const [dataDir, username] = process.argv.slice(2);
const passphrase = await lineReader(process.stdin)();
if (!dataDir || !username || !passphrase)
  throw new Error('usage: unlock-child DATA_DIR USERNAME < passphrase');

const core = createAppCore({ dataDir, clock: systemClock, idleCheckMs: 0 });
try {
  const t0 = performance.now();
  const login = await core.dispatch('auth.login', { username, passphrase });
  const t1 = performance.now();
  const page = await core.dispatch('cases.list', {});
  const t2 = performance.now();
  if (!login.ok || !page.ok) throw new Error('unlock failed');
  await core.dispatch('home.summary', {});
  // A few more pages and filters, as the first minute of use would.
  let cursor = (page.value as { next: string | null }).next;
  for (let i = 0; i < 5 && cursor; i++) {
    const next = await core.dispatch('cases.list', { cursor });
    cursor = next.ok ? (next.value as { next: string | null }).next : null;
  }
  await core.dispatch('cases.list', { status: ['intake', 'active'], sort: 'nextFollowUp' });
  global.gc?.();
  const mem = process.memoryUsage();
  // The unlocks of the day: lock, then the passphrase alone (ADR 0007: no second quick_check).
  await core.dispatch('auth.lock', {});
  const t3 = performance.now();
  const again = await core.dispatch('auth.unlock', { passphrase });
  const againPage = await core.dispatch('cases.list', {});
  const t4 = performance.now();
  if (!again.ok || !againPage.ok) throw new Error('re-unlock failed');
  process.stdout.write(
    `${JSON.stringify({ loginMs: t1 - t0, firstPageMs: t2 - t1, reUnlockMs: t4 - t3, rssMb: mem.rss / 2 ** 20, heapUsedMb: mem.heapUsed / 2 ** 20, externalMb: mem.external / 2 ** 20 })}\n`,
  );
} finally {
  core.close();
}
