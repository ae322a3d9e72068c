// A writer for the kill -9 harness: signs in through the real core and saves drafts as fast as it
// can, printing "ack N" only after each save's transaction has committed. The parent kills it
// at a random moment; every acknowledged write must be there afterwards.
import { createAppCore } from '../../electron/core/app-core';
import { assertSupportedNode } from '../../electron/core/node-guard';
import { keyFor } from './kill9-key';

assertSupportedNode();
const [dataDir, username, passphrase, startArg] = process.argv.slice(2);
if (!dataDir || !username || !passphrase)
  throw new Error('usage: kill9-writer DIR USER PASS START');

const core = createAppCore({ dataDir, kdf: 'fast', idleCheckMs: 0 });
const login = await core.dispatch('auth.login', { username, passphrase });
if (!login.ok) throw new Error(`login failed: ${login.error.code}`);
// Never outlive the harness: stop when the parent is gone or after a bounded run.
process.stdout.on('error', () => process.exit(0));
const deadline = Date.now() + 30_000;
process.stdout.write('ready\n');
for (let n = Number(startArg ?? 0); Date.now() < deadline; n++) {
  const res = await core.dispatch('drafts.save', {
    formKey: keyFor(n),
    payload: `payload-${n}-${'x'.repeat(n % 500)}`,
  });
  if (!res.ok) throw new Error(`write failed: ${res.error.code}`);
  process.stdout.write(`ack ${n}\n`);
}
