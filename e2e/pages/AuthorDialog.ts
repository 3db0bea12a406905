// The author's name: asked on first start, changed from the header's "Changes signed as …".
import type { Locator, Page } from 'playwright-core';
import { labelled } from './fields';

export class AuthorDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Your name' });
  }

  name(): Locator {
    return labelled(this.dialog, 'Name in the history');
  }

  async answer(name: string): Promise<void> {
    await this.name().fill(name);
    await this.dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  /** The header's "Changes signed as …", which opens the dialog. */
  signedAs(): Locator {
    return this.page.getByTestId('author');
  }
}
