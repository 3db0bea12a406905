// The Overview: the count tiles (each a link to what it counts) and the Article 30 findings.
import type { Locator, Page } from 'playwright-core';

export type TileLabel =
  'Activities' | 'Active' | 'Drafts' | 'Overdue reviews' | 'Organisations' | 'Recipients' | 'Transfers' | 'Retired';

export class Overview {
  constructor(readonly page: Page) {}

  async show(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/overview`);
    await this.findings().waitFor();
  }

  tile(label: TileLabel): Locator {
    return this.page.getByTestId(`stat-${label}`);
  }

  async open(label: TileLabel): Promise<void> {
    await this.tile(label).click();
  }

  findings(): Locator {
    return this.page.getByTestId('findings');
  }

  /** The findings' rows that name `activity`. */
  findingsOf(activity: string): Locator {
    return this.findings().getByRole('row').filter({ hasText: activity });
  }
}
