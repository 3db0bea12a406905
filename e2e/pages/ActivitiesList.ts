// The activities screen: the virtualised table, its search box, filters and row count.
import type { Locator, Page } from 'playwright-core';
import { labelled } from './fields';

export type FilterName = 'Role' | 'Status' | 'Legal basis' | 'Department';

export class ActivitiesList {
  constructor(readonly page: Page) {}

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Processing activities' });
  }

  /** Rows currently in the DOM (the virtualiser keeps only those near the view). */
  rows(): Locator {
    return this.grid()
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') });
  }

  row(name: string): Locator {
    return this.rows().filter({ hasText: name });
  }

  async waitLoaded(): Promise<void> {
    await this.grid().waitFor();
  }

  /** "12 of 10,000 activities" -> [12, 10000]. */
  async counts(): Promise<[number, number]> {
    const text = (await this.page.getByTestId('row-count').textContent()) ?? '';
    const m = /([\d,]+) of ([\d,]+)/.exec(text);
    if (!m) throw new Error(`No row count in "${text}"`);
    return [Number(m[1]!.replace(/,/g, '')), Number(m[2]!.replace(/,/g, ''))];
  }

  searchBox(): Locator {
    return this.page.getByLabel('Search activities');
  }

  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
  }

  async filter(name: FilterName, option: string): Promise<void> {
    await labelled(this.page, name).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  header(column: string): Locator {
    return this.grid()
      .getByRole('columnheader')
      .filter({ has: this.page.getByText(column, { exact: true }) });
  }

  /** Clicks a header cell near its right edge, away from its text. */
  async clickHeaderEdge(column: string): Promise<void> {
    const box = await this.header(column).boundingBox();
    if (!box) throw new Error(`no header ${column}`);
    await this.page.mouse.click(box.x + box.width - 14, box.y + box.height / 2);
  }

  async headerWidth(column: string): Promise<number> {
    return (await this.header(column).boundingBox())?.width ?? 0;
  }

  /** Widens (or narrows) a column with the keyboard on its edge: each step is 16 pixels. */
  async resize(column: string, steps: number): Promise<void> {
    const edge = this.grid().getByRole('button', { name: `Width of the column ${column}` });
    await edge.focus();
    for (let i = 0; i < Math.abs(steps); i++) await edge.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
  }

  async toggleColumn(label: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Columns' }).click();
    await this.page.getByRole('menu').getByLabel(label, { exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  async newActivity(): Promise<void> {
    await this.page.getByRole('button', { name: 'New activity' }).first().click();
  }

  async open(name: string): Promise<void> {
    await this.row(name).first().click();
  }
}
