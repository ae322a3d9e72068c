import { describe, expect, it, vi } from 'vitest';
import { cliArgs, runCliMode, type CliIo } from './cli-mode';
import { resolveDataDir } from './data-dir';

const io = (): CliIo & { out: string[]; err: string[] } => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
};

describe('CLI mode', () => {
  it('takes the arguments after --cli, or null for a GUI start', () => {
    expect(cliArgs(['EAP Desk', '--cli', 'verify', '--json'])).toEqual(['verify', '--json']);
    expect(cliArgs(['electron', 'main.cjs', '--cli'])).toEqual([]);
    expect(cliArgs(['EAP Desk'])).toBeNull();
  });

  it('runs the CLI and returns its exit code', async () => {
    const runCli = vi.fn(() => Promise.resolve(3));
    const streams = io();
    expect(await runCliMode(['verify'], () => Promise.resolve(runCli), streams)).toBe(3);
    expect(runCli).toHaveBeenCalledWith(['verify'], streams);
  });

  it('says so when the CLI is not in the build', async () => {
    const streams = io();
    expect(await runCliMode([], () => Promise.resolve(null), streams)).toBe(64);
    expect(streams.err.join('')).toMatch(/command-line tools/);
  });

  it('turns a crash into exit code 1 and one line, no stack', async () => {
    const streams = io();
    const crash = (): Promise<number> => Promise.reject(new Error('disk full'));
    const code = await runCliMode([], () => Promise.resolve(crash), streams);
    expect(code).toBe(1);
    expect(streams.err.join('')).toBe('EAP Desk CLI: disk full\n');
  });
});

describe('data dir', () => {
  it('honours EAP_DESK_DATA_DIR', () => {
    expect(resolveDataDir({ EAP_DESK_DATA_DIR: '/tmp/eap' }, 'linux')).toBe('/tmp/eap');
    expect(resolveDataDir({ EAP_DESK_DATA_DIR: '  ' }, 'linux')).toBe('/var/lib/eap-desk');
  });

  it('otherwise uses the vault default: machine-wide, never per-user', () => {
    expect(resolveDataDir({ ProgramData: 'D:\\ProgramData' }, 'win32')).toBe(
      'D:\\ProgramData\\EAP Desk',
    );
    expect(resolveDataDir({}, 'linux')).toBe('/var/lib/eap-desk');
  });
});
