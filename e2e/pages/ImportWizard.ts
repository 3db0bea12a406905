// Register ▸ Import spreadsheet…: the wizard's steps driven as a user does (path typed in the
// browser host, a sheet, a header row, a column's field changed, the review read, Import).
import type { Locator, Page } from 'playwright-core';
import { labelled, pick } from './fields';

export class ImportWizard {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import spreadsheet' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Register', exact: true }).click();
    await this.page.getByRole('menuitem', { name: 'Import spreadsheet…' }).click();
    await this.dialog.waitFor();
    await this.page.waitForFunction(() => {
      const content = document.querySelector('.mantine-Modal-content');
      return !!content && getComputedStyle(content).opacity === '1';
    });
  }

  next(): Locator {
    return this.dialog.getByRole('button', { name: 'Next' });
  }

  async chooseFile(file: string): Promise<void> {
    await this.dialog.getByLabel('Spreadsheet file').fill(file);
    await this.next().click();
    await this.dialog.getByLabel('Sheet to import').waitFor();
  }

  /** The line that says what was read: format, encoding, delimiter. */
  sourceLine(): Locator {
    return this.dialog.getByTestId('import-source');
  }

  headerRow(row: number): Locator {
    return this.dialog.getByRole('radio', { name: `Row ${row}`, exact: true });
  }

  async toHeaderRows(): Promise<void> {
    await this.next().click();
    await this.dialog.getByTestId('import-header-rows').waitFor();
  }

  async toMapping(): Promise<void> {
    await this.next().click();
    await this.dialog.getByTestId('import-mapping').waitFor();
  }

  /** The field select of one column. */
  field(column: string): Locator {
    return labelled(this.dialog, `Imported as, column ${column}`);
  }

  async map(column: string, field: string): Promise<void> {
    await pick(this.page, this.field(column), field);
  }

  async toReview(): Promise<void> {
    await this.next().click();
    await this.dialog.getByTestId('import-review').waitFor();
  }

  review(): Locator {
    return this.dialog.getByTestId('import-review');
  }

  reviewRow(row: number): Locator {
    return this.review().locator(`tr[data-row="${row}"]`);
  }

  counts(): Locator {
    return this.dialog.getByTestId('import-counts');
  }

  async importAll(count: number): Promise<void> {
    await this.dialog.getByRole('button', { name: `Import ${count} activities` }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
