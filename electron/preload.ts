// Runs sandboxed before the page: exposes `window.ropa` (the contract) and `window.ropaShell`
// (dialogs, menu commands) through contextBridge, and nothing else of Electron or Node.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ropaProxy, shellBridge, type Listen } from './bridge';

const listen: Listen = (channel, listener) => {
  const handler = (_event: IpcRendererEvent, ...args: unknown[]) => listener(...args);
  ipcRenderer.on(channel, handler);
  return () => void ipcRenderer.removeListener(channel, handler);
};

contextBridge.exposeInMainWorld(
  'ropa',
  ropaProxy((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
contextBridge.exposeInMainWorld(
  'ropaShell',
  shellBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args), listen),
);
