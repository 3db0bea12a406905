// The Cookies page: the table of cookies and trackers, and the form that adds or edits one.
import type { Locator, Page } from 'playwright-core';
import { labelled, pick } from './fields';

export class CookiesPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'New cookie' });
  }

  table(): Locator {
    return this.page.getByRole('main').getByRole('table');
  }

  /** The table row of the cookie named `name`. */
  row(name: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  async add(c: {
    name: string;
    domain: string;
    provider: string;
    category: string;
    /** The Dutch-primary sample's purpose: its primary text and its English translation. */
    purpose: { nl: string; en: string };
    lasts: number;
    unit: string;
    party: string;
    activity: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add cookie' }).first().click();
    const d = this.dialog;
    await d.waitFor();
    await labelled(d, 'Cookie').fill(c.name);
    await labelled(d, 'Domain').fill(c.domain);
    await pick(this.page, labelled(d, 'Provider'), c.provider);
    await pick(this.page, labelled(d, 'Category'), c.category);
    await pick(this.page, labelled(d, 'Party'), c.party);
    await pick(this.page, labelled(d, 'Expiry'), 'A set time');
    await labelled(d, 'Lasts').fill(String(c.lasts));
    await pick(this.page, labelled(d, 'Unit'), c.unit);
    await d.locator('textarea[data-text-lang="nl"]').fill(c.purpose.nl);
    await d.getByTestId('text-languages').getByText('English').click();
    await d.locator('textarea[data-text-lang="en"]').fill(c.purpose.en);
    await pick(this.page, labelled(d, 'Activity'), c.activity);
    await d.getByRole('button', { name: 'Save' }).click();
    await d.waitFor({ state: 'hidden' });
  }
}
