import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { watchSystemLock, type PowerMonitorLike } from './idle-and-power';

const fakePowerMonitor = (): EventEmitter & PowerMonitorLike => new EventEmitter();

describe('watchSystemLock', () => {
  it.each(['lock-screen', 'suspend'] as const)('locks on %s', (event) => {
    const pm = fakePowerMonitor();
    const onSystemLock = vi.fn();
    watchSystemLock(pm, onSystemLock);
    pm.emit(event);
    expect(onSystemLock).toHaveBeenCalledExactlyOnceWith(event);
  });

  it('ignores other power events and stops after unsubscribe', () => {
    const pm = fakePowerMonitor();
    const onSystemLock = vi.fn();
    const off = watchSystemLock(pm, onSystemLock);
    pm.emit('resume');
    pm.emit('unlock-screen');
    expect(onSystemLock).not.toHaveBeenCalled();
    off();
    pm.emit('suspend');
    expect(onSystemLock).not.toHaveBeenCalled();
    expect(pm.listenerCount('suspend')).toBe(0);
  });

  it('contains a throwing lock callback', () => {
    const pm = fakePowerMonitor();
    const onError = vi.fn();
    watchSystemLock(
      pm,
      () => {
        throw new Error('boom');
      },
      onError,
    );
    expect(() => pm.emit('lock-screen')).not.toThrow();
    expect(onError).toHaveBeenCalledOnce();
  });
});
