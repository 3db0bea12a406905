// The frame around every screen: navigation, the register menu, its modals and notifications.
import type { Locator, Page } from 'playwright-core';
import { labelled } from './fields';

export class AppShell {
  constructor(readonly page: Page) {}

  async goTo(
    section:
      'Overview' | 'Activities' | 'Organisations' | 'Recipients & processors' | 'Cookies' | 'Vocabularies' | 'Notices',
  ): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: section }).click();
  }

  fileName(): Locator {
    return this.page.getByTestId('register-file');
  }

  private async registerMenu(item: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Register', exact: true }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  async newRegister(file: string, name: string): Promise<void> {
    await this.registerMenu('New register');
    const dialog = this.page.getByRole('dialog', { name: 'New register' });
    await labelled(dialog, 'File').fill(file);
    await labelled(dialog, 'Name').fill(name);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async openRegister(file: string): Promise<void> {
    await this.registerMenu('Open register');
    const dialog = this.page.getByRole('dialog', { name: 'Open register' });
    await labelled(dialog, 'File').fill(file);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async closeRegister(): Promise<void> {
    await this.registerMenu('Close register');
    await this.page.getByRole('heading', { name: 'No register is open' }).waitFor();
  }

  /** The header's language menu: picks a language by its own name. */
  async chooseLanguage(name: 'English' | 'Nederlands' | 'Français' | 'Deutsch'): Promise<void> {
    const button = this.page.getByTestId('language-menu');
    const menu = this.page.getByRole('menu');
    // On a loaded machine a click can land while the dropdown is still moving in and be lost, as a
    // person's would: like a person, look whether it took and choose again if it did not.
    for (let attempt = 1; ; attempt++) {
      await menu.waitFor({ state: 'hidden' });
      await button.click();
      await menu.getByRole('menuitem', { name, exact: true }).click();
      try {
        await button.filter({ hasText: name }).waitFor({ timeout: 5_000 });
        await menu.waitFor({ state: 'hidden' });
        return;
      } catch (err) {
        if (attempt === 3) throw err;
        if (await menu.isVisible()) await this.page.keyboard.press('Escape');
      }
    }
  }

  notification(text: string | RegExp): Locator {
    return this.page.locator('.mantine-Notification-root').filter({ hasText: text });
  }
}
