/**
 * Switches that open the running app to another program: a DevTools/CDP port or pipe can read
 * every screen and call core as the signed-in person; `--inspect*` and `--js-flags` do the same
 * for Node and V8. Release builds also have the inspect fuse off; this check covers dev builds
 * and the Chromium switches no fuse controls.
 */
const FORBIDDEN_PREFIXES = ['remote-debugging-', 'inspect', 'js-flags'] as const;

export interface SwitchRefusal {
  readonly switch: string;
  readonly message: string;
}

/**
 * argv → the first forbidden switch, or null. Chromium accepts `--x`, `-x` and (on Windows)
 * `/x`, and is case-insensitive on Windows, so all of those spellings count.
 */
export function checkSwitches(
  argv: readonly string[],
  platform: NodeJS.Platform = process.platform,
): SwitchRefusal | null {
  for (const arg of argv) {
    if (typeof arg !== 'string') continue;
    const name = switchName(arg, platform);
    if (name && FORBIDDEN_PREFIXES.some((p) => name.startsWith(p))) {
      return { switch: `--${name}`, message: refusalMessage(`--${name}`) };
    }
  }
  return null;
}

function switchName(arg: string, platform: NodeJS.Platform): string | null {
  const match = /^(--|-|\/)([^=\s]+)/.exec(arg);
  if (!match) return null;
  if (match[1] === '/' && platform !== 'win32') return null;
  return (match[2] ?? '').toLowerCase();
}

/** Shown before any window or i18n exists, so both languages are spelled out here. */
export const refusalMessage = (name: string): string =>
  `EAP Desk 無法啟動：不允許使用啟動參數 ${name}（可能讓其他程式讀取畫面與個案資料）。\n` +
  `EAP Desk will not start: the ${name} option is not allowed (it would let other programs read the screen and case data).`;
