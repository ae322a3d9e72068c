// A stand-in for the `electron` module, for index.test.ts: records what the built main bundle
// does with each Electron object. State lives on globalThis.__eapFake so the driver can read it.
'use strict';
const { EventEmitter } = require('node:events');

const rec = (globalThis.__eapFake ??= {});
rec.calls = [];
rec.handlers = {};
rec.protocolHandlers = {};
rec.isReady = false;
const log = (name, ...args) => rec.calls.push([name, ...args]);

let fireReady;
const ready = new Promise((resolve) => (fireReady = resolve));
rec.fireReady = () => {
  rec.isReady = true;
  fireReady();
};
rec.loaded = new Promise((resolve) => (rec.resolveLoaded = resolve));
rec.exited = new Promise((resolve) => (rec.resolveExited = resolve));

class Logged extends EventEmitter {
  constructor(name) {
    super();
    this._name = name;
  }
  on(event, listener) {
    log(`${this._name}.on`, event);
    return super.on(event, listener);
  }
}

class FakeApp extends Logged {
  isPackaged = process.env.FAKE_ELECTRON_PACKAGED === '1';
  dock = { hide: () => log('app.dock.hide') };
  whenReady() {
    log('app.whenReady');
    return ready;
  }
  requestSingleInstanceLock() {
    log('app.requestSingleInstanceLock');
    return true;
  }
  setAppUserModelId(id) {
    log('app.setAppUserModelId', id);
  }
  enableSandbox() {
    log('app.enableSandbox', { isReady: rec.isReady });
  }
  exit(code) {
    log('app.exit', code);
    rec.resolveExited(code);
  }
  quit() {
    log('app.quit');
  }
  getPath(name) {
    log('app.getPath', name);
    return rec.userData;
  }
  getVersion() {
    return '0.1.0';
  }
}
const app = new FakeApp('app');

class WebContents extends Logged {
  url = '';
  constructor() {
    super('webContents');
    const self = this;
    this.mainFrame = {
      get url() {
        return self.url;
      },
      parent: null,
      processId: 1,
      routingId: 1,
    };
  }
  getURL() {
    return this.url;
  }
  isDestroyed() {
    return false;
  }
  send(channel, message) {
    log('webContents.send', channel, message);
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
    log('webContents.setWindowOpenHandler');
  }
}

class BrowserWindow extends Logged {
  constructor(options) {
    super('window');
    log('new BrowserWindow', options);
    this.options = options;
    this.webContents = new WebContents();
    rec.window = this;
    app.emit('web-contents-created', {}, this.webContents);
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  show() {
    log('window.show');
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1300, height: 820 };
  }
  async loadURL(url) {
    log('window.loadURL', url);
    this.webContents.url = url;
    rec.resolveLoaded();
  }
}

const defaultSession = new Logged('session');
for (const name of [
  'setPermissionRequestHandler',
  'setPermissionCheckHandler',
  'setDevicePermissionHandler',
]) {
  defaultSession[name] = (handler) => {
    log(`session.${name}`);
    (rec.permission ??= {})[name] = handler;
  };
}

module.exports = {
  app,
  BrowserWindow,
  dialog: { showErrorBox: (title, content) => log('dialog.showErrorBox', title, content) },
  ipcMain: {
    handle: (channel, fn) => {
      log('ipcMain.handle', channel);
      rec.handlers[channel] = fn;
    },
    removeHandler: (channel) => log('ipcMain.removeHandler', channel),
    on: (channel) => log('ipcMain.on', channel),
  },
  Menu: {
    buildFromTemplate: (template) => template,
    setApplicationMenu: (menu) =>
      log(
        'Menu.setApplicationMenu',
        menu.map((m) => m.label),
      ),
  },
  powerMonitor: new Logged('powerMonitor'),
  protocol: {
    registerSchemesAsPrivileged: (schemes) =>
      log('protocol.registerSchemesAsPrivileged', schemes, { isReady: rec.isReady }),
    handle: (scheme, handler) => {
      log('protocol.handle', scheme, { isReady: rec.isReady });
      rec.protocolHandlers[scheme] = handler;
    },
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  session: { defaultSession },
  shell: {},
};
