import { contextBridge, ipcRenderer } from 'electron';
// In the bundle this import is replaced by the bare list of channel names (see
// scripts/build-electron.mjs), so the sandboxed preload carries no zod and no schemas.
import { CHANNELS } from '../../shared/ipc/contract';
import { EVENT_NAMES } from '../../shared/ipc/types';
import { createBridgeApi } from './api';

contextBridge.exposeInMainWorld('eap', createBridgeApi(ipcRenderer, CHANNELS, EVENT_NAMES));
