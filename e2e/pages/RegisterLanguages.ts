// The "Languages of the register" section on the Organisations page: primary and further languages.
import type { Locator, Page } from 'playwright-core';
import { labelled, pick } from './fields';

export class RegisterLanguages {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.getByRole('region', { name: 'Languages of the register' });
  }

  primary(): Locator {
    return labelled(this.section(), 'Primary language');
  }

  async choosePrimary(language: string): Promise<void> {
    await pick(this.page, this.primary(), language);
  }

  /** Ticks or unticks a further language's chip. */
  async toggleFurther(language: string): Promise<void> {
    await this.section().getByRole('group', { name: 'Further languages' }).getByText(language, { exact: true }).click();
  }

  further(language: string): Locator {
    return this.section().getByRole('group', { name: 'Further languages' }).getByRole('checkbox', { name: language });
  }

  note(): Locator {
    return this.page.getByTestId('primary-change-note');
  }

  async save(): Promise<void> {
    await this.section().getByRole('button', { name: 'Save languages' }).click();
    await this.page.getByText('The register’s languages are saved.').waitFor();
  }
}
