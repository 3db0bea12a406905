// The Export report… dialog: opened from the register menu, filled the way a user does, and
// finished by the notification that names the written files (or an error line in the dialog).
import type { Locator, Page } from 'playwright-core';
import { labelled, pick, typeDate } from './fields';

export type ReportFormatLabel = 'PDF' | 'CSV' | 'XLSX' | 'JSON';

export class ExportDialog {
  readonly dialog: Locator;

  constructor(
    readonly page: Page,
    title = 'Export report',
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Register', exact: true }).click();
    await this.page.getByRole('menuitem', { name: 'Export report…' }).click();
    await this.appeared();
  }

  /** The overview page's own Export report… button. */
  async openFromOverview(): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'Export report…' }).click();
    await this.appeared();
  }

  async appeared(): Promise<void> {
    await this.dialog.waitFor();
    // Mantine fades the modal in; a screenshot taken during the fade shows the page through it.
    await this.page.waitForFunction(() => {
      const content = document.querySelector('.mantine-Modal-content');
      return !!content && getComputedStyle(content).opacity === '1';
    });
  }

  /** The segmented controls hide their radio inputs; a user clicks the visible label. */
  async choose(option: ReportFormatLabel | 'All' | 'Active' | 'Draft' | 'Retired'): Promise<void> {
    await this.dialog
      .locator('label')
      .filter({ hasText: new RegExp(`^${option}$`) })
      .click();
  }

  async language(name: 'English' | 'Nederlands' | 'Français' | 'Deutsch'): Promise<void> {
    await pick(this.page, labelled(this.dialog, 'Report language'), name);
  }

  async organisation(name: string): Promise<void> {
    await pick(this.page, labelled(this.dialog, 'Organisation'), name);
  }

  /** The choice offered while the Activities table is narrowed by a search or filter. */
  onlyShown(count: number): Locator {
    return this.dialog.getByRole('checkbox', {
      name: `Only the ${count} ${count === 1 ? 'activity' : 'activities'} the Activities table shows`,
      exact: false,
    });
  }

  path(): Locator {
    return labelled(this.dialog, 'Save as');
  }

  /** The register as it stood at the end of that day (UTC). */
  async asOf(isoDate: string): Promise<void> {
    await typeDate(labelled(this.dialog, 'As of (optional)'), isoDate);
  }

  selected(): Locator {
    return this.dialog.locator('.mantine-SegmentedControl-control[data-active] label');
  }

  /** The whole round: open the dialog, make the choices, export to `file` and wait for the notification. */
  async exportWith(choices: Parameters<ExportDialog['choose']>[0][], file: string): Promise<void> {
    await this.open();
    for (const c of choices) await this.choose(c);
    await this.export(file);
    await this.done(file).waitFor();
  }

  async export(file: string): Promise<void> {
    await this.path().fill(file);
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
  }

  /** The notification of a finished export, which lists every file written. */
  done(file: string): Locator {
    return this.page
      .locator('.mantine-Notification-root')
      .filter({ hasText: 'Report exported' })
      .filter({ hasText: file });
  }

  /** The question asked before an existing file is replaced. */
  replaceQuestion(fileName: string): Locator {
    return this.page.getByRole('dialog', { name: `Replace ${fileName}?` });
  }

  async answerReplace(fileName: string, answer: 'Replace' | 'Cancel'): Promise<void> {
    const question = this.replaceQuestion(fileName);
    await question.getByRole('button', { name: answer, exact: true }).click();
    await question.waitFor({ state: 'hidden' });
  }

  /** Buttons of the dialog that something else lies over at their centre (a notification, say). */
  async coveredButtons(): Promise<string[]> {
    return this.dialog.getByRole('button').evaluateAll((buttons) =>
      buttons
        .filter((b) => {
          const r = b.getBoundingClientRect();
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !top || !b.contains(top);
        })
        .map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
    );
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  /** Every file the finished export of `file` names in its notification. */
  async writtenFiles(file: string): Promise<string[]> {
    return this.done(file).getByRole('listitem').allTextContents();
  }

  /** The one-line reason a refused or failed export gives above the buttons. */
  error(): Locator {
    return this.dialog.getByRole('alert');
  }

  /** The one-line reason shown under the Save as field. */
  pathError(): Locator {
    return this.dialog.locator('.mantine-InputWrapper-error');
  }
}
