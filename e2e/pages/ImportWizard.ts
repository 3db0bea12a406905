// Register ▸ Import spreadsheet…: the wizard's steps driven as a user does (path typed in the
// browser host, a sheet, a header row, a column's field changed, the review read, Import), in the
// UI language whose wording it is given (English unless told).
import type { Locator, Page } from 'playwright-core';
import en from '../../renderer/src/locales/en.json';
import { labelled, pick } from './fields';

/** The words the wizard is found by: one UI language's locale file. */
export type WizardWording = Pick<typeof en, 'imports' | 'session'>;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/{{\s*(\w+)[^}]*}}/g, (_, name: string) => String(values[name] ?? ''));

export class ImportWizard {
  readonly dialog: Locator;
  private readonly w: WizardWording['imports'];

  constructor(
    readonly page: Page,
    private readonly wording: WizardWording = en,
  ) {
    this.w = wording.imports;
    this.dialog = page.getByRole('dialog', { name: this.w.title });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: this.wording.session.register, exact: true }).click();
    await this.page.getByRole('menuitem', { name: this.w.menu }).click();
    await this.dialog.waitFor();
    await this.page.waitForFunction(() => {
      const content = document.querySelector('.mantine-Modal-content');
      return !!content && getComputedStyle(content).opacity === '1';
    });
  }

  next(): Locator {
    return this.dialog.getByRole('button', { name: this.w.next });
  }

  async chooseFile(file: string): Promise<void> {
    await this.dialog.getByLabel(this.w.file).fill(file);
    await this.next().click();
    await this.dialog.getByLabel(this.w.sheet).waitFor();
  }

  /** The line that says what was read: format, encoding, delimiter. */
  sourceLine(): Locator {
    return this.dialog.getByTestId('import-source');
  }

  headerRow(row: number): Locator {
    return this.dialog.getByRole('radio', { name: fill(this.w.row, { row }), exact: true });
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
    return labelled(this.dialog, fill(this.w.fieldOf, { column }));
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
    await this.dialog.getByRole('button', { name: fill(this.w.import_other, { count }) }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
