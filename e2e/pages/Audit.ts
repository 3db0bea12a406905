// What an auditor meets in the app: the banner of a register whose data is not what its history
// says, the History page's Verify history with an anchor, and History ▸ Export changes….
import type { Locator, Page } from 'playwright-core';
import { labelled, pick, typeDate } from './fields';

export class Audit {
  constructor(readonly page: Page) {}

  dataBanner(): Locator {
    return this.page.getByTestId('data-check-banner');
  }

  /** The banner's differences as table rows: record, name, field, stored, history says. */
  async differences(): Promise<string[][]> {
    const rows = this.dataBanner().getByTestId('data-difference');
    await rows.first().waitFor();
    return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  }

  async acceptCurrentData(): Promise<void> {
    await this.dataBanner().getByRole('button', { name: 'Accept the current data as a new starting point' }).click();
    await this.dataBanner().waitFor({ state: 'detached' });
  }

  readOnlyBadge(): Locator {
    return this.page.getByRole('banner').getByText('Read-only', { exact: true });
  }

  async openHistory(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
    await this.page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
  }

  /** Verify history with an anchor quoted on a report; the result box, once it says whether the anchor holds. */
  async verifyAnchor(anchor: string, outcome: 'holds' | 'FAILED'): Promise<Locator> {
    const panel = this.page.getByTestId('history-panel');
    await labelled(panel, 'Anchor (history head from a report)').fill(anchor);
    await panel.getByRole('button', { name: 'Verify history' }).click();
    const result = this.page.getByTestId('history-verification').filter({ hasText: `Anchor ${outcome}:` });
    await result.waitFor();
    return result;
  }

  changesDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Export changes' });
  }

  /** History ▸ Export changes…, once the dialog has faded in. */
  async openChangesDialog(): Promise<Locator> {
    await this.page.getByRole('main').getByRole('button', { name: 'Export changes…' }).click();
    await this.changesDialog().waitFor();
    await this.page.waitForFunction(() => {
      const content = document.querySelector('.mantine-Modal-content');
      return !!content && getComputedStyle(content).opacity === '1';
    });
    return this.changesDialog();
  }

  /** History ▸ Export changes…, filled as a user does, written to `file`; waits for the notification. */
  async exportChanges(o: {
    since: string;
    until?: string;
    format: 'PDF' | 'XLSX' | 'CSV' | 'JSON';
    language?: 'English' | 'Nederlands' | 'Français' | 'Deutsch';
    file: string;
  }): Promise<Locator> {
    const dialog = await this.openChangesDialog();
    await typeDate(labelled(dialog, 'After the end of'), o.since);
    if (o.until) await typeDate(labelled(dialog, 'Up to the end of'), o.until);
    await dialog
      .locator('label')
      .filter({ hasText: new RegExp(`^${o.format}$`) })
      .click();
    if (o.language) await pick(this.page, labelled(dialog, 'Report language'), o.language);
    await labelled(dialog, 'Save as').fill(o.file);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const done = this.page
      .locator('.mantine-Notification-root')
      .filter({ hasText: 'Changes exported' })
      .filter({ hasText: o.file });
    await done.waitFor();
    return done;
  }
}
