import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuActions, type MenuState } from './menu';
import type { MenuCommand } from './shell-api';

const base: MenuState = {
  platform: 'linux',
  appName: 'RoPA Registry',
  recentRegisters: ['/data/team.sqlite', '/archive/2024.sqlite'],
  registerOpen: true,
  readOnly: false,
  exportsAvailable: false,
  developer: false,
};

function record() {
  const done: string[] = [];
  const actions: MenuActions = {
    openRecent: (file) => done.push(`openRecent ${file}`),
    clearRecent: () => done.push('clearRecent'),
    saveCopy: () => done.push('saveCopy'),
    command: (c: MenuCommand) => done.push(`command ${c}`),
    about: () => done.push('about'),
    openArticle30: () => done.push('openArticle30'),
  };
  return { done, actions };
}

type Item = MenuItemConstructorOptions;
const items = (menu: Item | undefined): Item[] => (Array.isArray(menu?.submenu) ? menu.submenu : []);
function find(template: Item[], ...labels: string[]): Item {
  let level = template;
  let found: Item | undefined;
  for (const label of labels) {
    found = level.find((i) => i.label?.replace('&', '') === label);
    if (!found) throw new Error(`no menu item ${labels.join(' ▸ ')}`);
    level = items(found);
  }
  return found!;
}
const click = (item: Item) => (item.click as () => void)();

describe('menus', () => {
  it('has File, Edit, View and Help, with the app menu first on macOS only', () => {
    const { actions } = record();
    expect(menuTemplate(base, actions).map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(menuTemplate({ ...base, platform: 'darwin' }, actions)[0]?.role).toBe('appMenu');
  });

  it('hands New, Open and Close to the page, which knows about unsaved edits', () => {
    const { done, actions } = record();
    const t = menuTemplate(base, actions);
    click(find(t, 'File', 'New Register…'));
    click(find(t, 'File', 'Open…'));
    click(find(t, 'File', 'Close Register'));
    click(find(t, 'File', 'Import Spreadsheet…'));
    click(find(t, 'Edit', 'New Activity…'));
    expect(done).toEqual([
      'command new',
      'command open',
      'command close',
      'command import-sheet',
      'command new-activity',
    ]);
  });

  it('lists recent registers with their folder, and opens the one chosen', () => {
    const { done, actions } = record();
    const t = menuTemplate(base, actions);
    const recent = items(find(t, 'File', 'Open Recent'));
    expect(recent.map((i) => i.label ?? i.type)).toEqual([
      'team.sqlite — /data',
      '2024.sqlite — /archive',
      'separator',
      'Clear Recent',
    ]);
    click(recent[1]!);
    expect(done).toEqual(['openRecent /archive/2024.sqlite']);
    const none = items(find(menuTemplate({ ...base, recentRegisters: [] }, actions), 'File', 'Open Recent'));
    expect(none).toEqual([{ label: 'No Recent Registers', enabled: false }]);
  });

  it('shows the export items greyed out until the contract offers exports', () => {
    const { actions } = record();
    const labels = ['PDF Report…', 'CSV Files…', 'Excel Workbook (XLSX)…', 'Register as JSON…'];
    const exports = (state: MenuState) => items(find(menuTemplate(state, actions), 'File', 'Export'));
    expect(exports(base).map((i) => [i.label, i.enabled])).toEqual(labels.map((l) => [l, false]));
    expect(exports({ ...base, exportsAvailable: true }).every((i) => i.enabled)).toBe(true);
    expect(exports({ ...base, exportsAvailable: true, registerOpen: false }).some((i) => i.enabled)).toBe(false);
  });

  it('offers nothing that needs a register while none is open, and nothing that writes to a read-only one', () => {
    const { actions } = record();
    const closed = menuTemplate({ ...base, registerOpen: false }, actions);
    for (const path of [
      ['File', 'Save a Copy…'],
      ['File', 'Close Register'],
      ['Edit', 'New Activity…'],
      ['View', 'Check Completeness'],
    ]) {
      expect(find(closed, ...path).enabled, path.join(' ▸ ')).toBe(false);
    }
    expect(find(closed, 'File', 'Open…').enabled).toBe(true);
    const readOnly = menuTemplate({ ...base, readOnly: true }, actions);
    expect(find(readOnly, 'Edit', 'New Organisation…').enabled).toBe(false);
    expect(find(readOnly, 'File', 'Save a Copy…').enabled).toBe(true);
    expect(find(readOnly, 'File', 'Import Spreadsheet…').enabled).toBe(false);
  });

  it('keeps reload and developer tools out of a packaged app', () => {
    const { actions } = record();
    const roles = (state: MenuState) => items(find(menuTemplate(state, actions), 'View')).map((i) => i.role);
    expect(roles(base)).not.toContain('toggleDevTools');
    expect(roles({ ...base, developer: true })).toContain('toggleDevTools');
  });

  it('opens the page of licences from Help ▸ Licences…, with or without a register, on every platform', () => {
    for (const state of [base, { ...base, registerOpen: false }, { ...base, platform: 'darwin' as const }]) {
      const { done, actions } = record();
      const item = find(menuTemplate(state, actions), 'Help', 'Licences…');
      expect(item.enabled).toBe(true);
      click(item);
      expect(done).toEqual(['command show-licences']);
    }
  });
});
