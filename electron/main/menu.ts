import type { MenuItemConstructorOptions } from 'electron';
import type { Prefs } from '../core/prefs';

type Language = Prefs['language'];

/**
 * Menu labels live here rather than in the renderer catalogs: the menu is built in main before
 * any page loads. Only generic commands, so no label can ever name a person or a case.
 */
const LABELS = {
  'zh-TW': {
    app: 'EAP Desk',
    about: '關於 EAP Desk',
    hide: '隱藏 EAP Desk',
    file: '檔案',
    quit: '結束',
    edit: '編輯',
    undo: '復原',
    redo: '重做',
    cut: '剪下',
    copy: '複製',
    paste: '貼上',
    selectAll: '全選',
    view: '檢視',
    zoomIn: '放大',
    zoomOut: '縮小',
    resetZoom: '實際大小',
    reload: '重新載入',
    devTools: '開發人員工具',
    window: '視窗',
    minimize: '最小化',
    close: '關閉視窗',
  },
  en: {
    app: 'EAP Desk',
    about: 'About EAP Desk',
    hide: 'Hide EAP Desk',
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    reload: 'Reload',
    devTools: 'Developer Tools',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close Window',
  },
} as const satisfies Record<Language, Record<string, string>>;

/**
 * A minimal menu. Electron's default one offers Reload and Toggle Developer Tools; those appear
 * here only in development builds. Zoom stays: staff may need larger text.
 */
export function menuTemplate(opts: {
  language: Language;
  platform: NodeJS.Platform;
  devTools: boolean;
}): MenuItemConstructorOptions[] {
  const t = LABELS[opts.language];
  const mac = opts.platform === 'darwin';
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { role: 'resetZoom', label: t.resetZoom },
      ...(opts.devTools
        ? ([
            { type: 'separator' },
            { role: 'reload', label: t.reload },
            { role: 'toggleDevTools', label: t.devTools },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    submenu: [
      { role: 'minimize', label: t.minimize },
      { role: 'close', label: t.close },
    ],
  };
  const first: MenuItemConstructorOptions = mac
    ? {
        label: t.app,
        submenu: [
          { role: 'about', label: t.about },
          { type: 'separator' },
          { role: 'hide', label: t.hide },
          { role: 'quit', label: t.quit },
        ],
      }
    : { label: t.file, submenu: [{ role: 'quit', label: t.quit }] };
  return [first, edit, view, windowMenu];
}
