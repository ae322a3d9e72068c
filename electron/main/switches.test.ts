import { describe, expect, it } from 'vitest';
import { checkSwitches } from './switches';

describe('checkSwitches', () => {
  it('accepts an ordinary start and CLI arguments', () => {
    expect(checkSwitches(['/opt/EAP Desk/eap-desk'])).toBeNull();
    expect(
      checkSwitches(['electron', 'dist/electron/main.cjs', '--cli', 'verify', '--lang=en']),
    ).toBeNull();
  });

  it.each([
    '--remote-debugging-port=9222',
    '--remote-debugging-port',
    '--remote-debugging-pipe',
    '--REMOTE-DEBUGGING-PORT=1',
    '-remote-debugging-port=9222',
    '--inspect',
    '--inspect=9229',
    '--inspect-brk',
    '--inspect-brk=0.0.0.0:9229',
    '--inspect-port=9229',
    '--inspect-wait',
    '--js-flags=--allow-natives-syntax',
  ])('refuses %s', (arg) => {
    const refusal = checkSwitches(['app', arg]);
    expect(refusal).not.toBeNull();
    expect(refusal?.message).toContain('--');
    expect(refusal?.message).toMatch(/無法啟動/);
    expect(refusal?.message).toMatch(/will not start/);
  });

  it('treats /switch as a switch on Windows only', () => {
    expect(checkSwitches(['app', '/remote-debugging-port=9222'], 'win32')?.switch).toBe(
      '--remote-debugging-port',
    );
    expect(checkSwitches(['app', '/inspect/file.txt'], 'linux')).toBeNull();
  });
});
