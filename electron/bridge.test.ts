import { describe, expect, it } from 'vitest';
import { methodNames } from '../core/api/contract';
import { ropaProxy, shellBridge, type Invoke, type Listen } from './bridge';
import { CHANNELS } from './shell-api';

function recorder() {
  const calls: unknown[][] = [];
  const invoke: Invoke = (...args) => {
    calls.push(args);
    return Promise.resolve({ ok: true, value: args.length });
  };
  return { calls, invoke };
}

describe('window.ropa from the preload', () => {
  it('offers exactly the operations of the registry', () => {
    const ropa = ropaProxy(recorder().invoke);
    expect(Object.keys(ropa).sort()).toEqual([...methodNames].sort());
    for (const name of ['getSession', 'openRegister', 'listActivities']) expect(Object.keys(ropa)).toContain(name);
    expect(Object.isFrozen(ropa)).toBe(true);
  });

  it('sends every call as the method name and its input over the one register channel', async () => {
    const { calls, invoke } = recorder();
    const ropa = ropaProxy(invoke);
    await ropa.listActivities({ lang: 'nl' });
    await ropa.getSession();
    expect(calls).toEqual([
      [CHANNELS.call, 'listActivities', { lang: 'nl' }],
      [CHANNELS.call, 'getSession', undefined],
    ]);
  });
});

describe('window.ropaShell from the preload', () => {
  function menuChannel() {
    const listeners = new Set<(...args: unknown[]) => void>();
    const listen: Listen = (channel, listener) => {
      expect(channel).toBe(CHANNELS.menu);
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    return { listen, emit: (...args: unknown[]) => listeners.forEach((l) => l(...args)), count: () => listeners.size };
  }

  it('asks the main process for the dialogs, proposing only a file name', async () => {
    const { calls, invoke } = recorder();
    const shell = shellBridge(invoke, menuChannel().listen);
    await shell.showOpenDialog();
    await shell.showOpenDialog('spreadsheet');
    await shell.showSaveDialog({ defaultName: 'Team register' });
    await shell.showSaveDialog();
    expect(calls).toEqual([
      [CHANNELS.openDialog, 'register'],
      [CHANNELS.openDialog, 'spreadsheet'],
      [CHANNELS.saveDialog, { defaultName: 'Team register' }],
      [CHANNELS.saveDialog, {}],
    ]);
  });

  it('passes on menu commands it knows, ignores anything else, and stops when asked', () => {
    const menu = menuChannel();
    const shell = shellBridge(recorder().invoke, menu.listen);
    const seen: string[] = [];
    const stop = shell.onMenu((command) => seen.push(command));
    menu.emit('new-activity');
    menu.emit('rm -rf');
    menu.emit({ command: 'open' });
    menu.emit('open');
    stop();
    menu.emit('close');
    expect(seen).toEqual(['new-activity', 'open']);
    expect(menu.count()).toBe(0);
  });
});
