import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
const roles = (items: MenuItemConstructorOptions[]) =>
  flatten(items)
    .map((i) => i.role)
    .filter(Boolean);

describe('application menu', () => {
  it('has no reload or DevTools in production', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const r = roles(menuTemplate({ language: 'zh-TW', platform, devTools: false }));
      expect(r).not.toContain('reload');
      expect(r).not.toContain('forceReload');
      expect(r).not.toContain('toggleDevTools');
      expect(r).toContain('copy');
      expect(r).toContain('paste');
      expect(r).toContain('quit');
    }
  });

  it('offers reload and DevTools in development', () => {
    const r = roles(menuTemplate({ language: 'en', platform: 'linux', devTools: true }));
    expect(r).toContain('reload');
    expect(r).toContain('toggleDevTools');
  });

  it('labels every item in the chosen language', () => {
    const zh = flatten(menuTemplate({ language: 'zh-TW', platform: 'win32', devTools: true }));
    const en = flatten(menuTemplate({ language: 'en', platform: 'win32', devTools: true }));
    expect(zh.find((i) => i.role === 'copy')?.label).toBe('複製');
    expect(en.find((i) => i.role === 'copy')?.label).toBe('Copy');
    for (const item of [...zh, ...en]) {
      if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
    }
  });
});
