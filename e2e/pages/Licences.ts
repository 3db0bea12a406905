// Help ▸ About and licences in the header (the browser host has no native menu; Electron's
// Help ▸ Licences… opens the same dialog).
import type { Locator, Page } from 'playwright-core';

export class Licences {
  constructor(readonly page: Page) {}

  /** Help ▸ About and licences, in the UI's language. */
  async open(help = 'Help', item = 'About and licences'): Promise<Locator> {
    await this.page.getByTestId('help-menu').filter({ hasText: help }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
    const dialog = this.dialog(item);
    await dialog.waitFor();
    return dialog;
  }

  dialog(title = 'About and licences'): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /** The packages table as [package, version, licence] rows (a note under a package name included). */
  async packages(): Promise<string[][]> {
    const rows = this.dialog().getByTestId('licences-packages').locator('tbody tr');
    return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())));
  }

  /** The credit of a work (Fideslang, DejaVu, Electron) as one text. */
  credit(name: 'Fideslang' | 'DejaVu' | 'Electron'): Locator {
    return this.dialog().getByTestId(`credit-${name}`);
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.dialog().waitFor({ state: 'hidden' });
  }
}
