// What a shared register adds to the screens: the presence banner, the lock choice when opening,
// and the history (whole register on its page, one activity in its editor).
import type { Locator, Page } from 'playwright-core';
import { labelled, pick } from './fields';

export class Sharing {
  constructor(readonly page: Page) {}

  presenceBanner(): Locator {
    return this.page.getByTestId('presence-banner');
  }

  lockChoice(): Locator {
    return this.page.getByRole('dialog', { name: 'Someone else is editing this register' });
  }

  /** Fills the Open register dialog; the lock choice appears instead of the register. */
  async tryToOpen(file: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Register', exact: true }).click();
    await this.page.getByRole('menuitem', { name: 'Open register' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Open register' });
    await labelled(dialog, 'File').fill(file);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  }

  async openHistoryPage(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
    await this.page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
  }

  historyTable(scope: Page | Locator = this.page): Locator {
    return scope.getByTestId('history-table');
  }

  /** History rows (newest first) whose text matches `what`: the record's kind, action and name. */
  historyRows(what: string | RegExp, scope: Page | Locator = this.page): Locator {
    return this.historyTable(scope).getByTestId('history-row').filter({ hasText: what });
  }

  async filterByAuthor(author: string): Promise<void> {
    await pick(this.page, labelled(this.page.getByTestId('history-panel'), 'Author'), author);
  }

  /** Register › Restore from backup…: the dialog listing the backups. */
  async openBackups(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Register', exact: true }).click();
    await this.page.getByRole('menuitem', { name: 'Restore from backup…' }).click();
    return this.page.getByRole('dialog', { name: 'Restore from backup' });
  }

  /** Register › Restore from backup…, then the newest backup, confirmed. */
  async restoreNewestBackup(): Promise<void> {
    await this.openBackups();
    const table = this.page.getByTestId('backups-table');
    await table.getByRole('button', { name: 'Restore' }).first().click();
    await this.page
      .getByRole('dialog')
      .filter({ hasText: 'Replace the register with the backup' })
      .getByRole('button', { name: 'Restore' })
      .click();
    await table.waitFor({ state: 'detached' });
  }

  async verify(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Verify history' }).click();
    const result = this.page.getByTestId('history-verification');
    await result.waitFor();
    return result;
  }
}
