// The Notices page: which notice, for whom, in which language; its preview; Export notice….
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { labelled, pick } from './fields';

export class NoticesPage {
  readonly exportDialog: Locator;

  constructor(readonly page: Page) {
    this.exportDialog = page.getByRole('dialog', { name: 'Export notice' });
  }

  /** The notice as shown: a frame of its own. */
  preview(): FrameLocator {
    return this.page.frameLocator('iframe[title="Preview of the notice"]');
  }

  previewFrame(): Locator {
    return this.page.locator('iframe[title="Preview of the notice"]');
  }

  async audience(name: string): Promise<void> {
    await pick(this.page, labelled(this.page.getByRole('main'), 'Audience'), name);
  }

  async kind(name: 'Privacy notice' | 'Cookie policy'): Promise<void> {
    await pick(this.page, labelled(this.page.getByRole('main'), 'Document'), name);
  }

  audienceField(): Locator {
    return labelled(this.page.getByRole('main'), 'Audience');
  }

  async language(name: 'English' | 'Nederlands' | 'Français' | 'Deutsch'): Promise<void> {
    await pick(this.page, labelled(this.page.getByRole('main'), 'Language'), name);
  }

  /** Exports the notice on the page in `format` to `path` (the browser host's typed path). */
  async exportTo(format: 'HTML' | 'Markdown' | 'DOCX' | 'PDF', path: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Export notice…' }).click();
    await this.exportDialog.waitFor();
    await this.exportDialog
      .locator('label')
      .filter({ hasText: new RegExp(`^${format}$`) })
      .click();
    await labelled(this.exportDialog, 'Save as').fill(path);
    await this.exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  }

  /** The notification that names the file written. */
  written(path: string): Locator {
    return this.page
      .locator('.mantine-Notification-root')
      .filter({ hasText: 'Notice exported' })
      .filter({ hasText: path });
  }
}
