// Driving Mantine inputs the way a user does: open the dropdown, pick the option by its text.
import type { Locator, Page } from 'playwright-core';

export async function pick(page: Page, input: Locator, option: string): Promise<void> {
  await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function pickMany(page: Page, input: Locator, options: string[]): Promise<void> {
  for (const option of options) {
    await input.click();
    await input.fill(option);
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  await input.press('Escape');
}

/** Types a country's code or name into a country picker and takes the first match with Enter. */
export async function pickCountry(input: Locator, text: string): Promise<void> {
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

export async function addTags(input: Locator, values: string[]): Promise<void> {
  for (const v of values) {
    await input.fill(v);
    await input.press('Enter');
  }
}

export async function typeDate(input: Locator, iso: string): Promise<void> {
  await input.fill(iso);
  await input.blur();
}

/** The input whose label is exactly `label`, with or without the required-field asterisk. */
export function labelled(scope: Page | Locator, label: string): Locator {
  // Only the input itself: Mantine's option lists are labelled by the same label.
  return scope
    .locator('input, textarea')
    .and(scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`)));
}

/** A date field (common/DateField): its input, the format hint under it and its message. */
export async function dateField(scope: Page | Locator, label: string) {
  const input = labelled(scope, label);
  // Mantine names the description and error after the input's id.
  const id = await input.getAttribute('id');
  const page = 'page' in scope ? scope.page() : scope;
  return {
    input,
    hint: page.locator(`[id="${id}-description"]`),
    error: page.locator(`[id="${id}-error"]`),
    async type(text: string): Promise<void> {
      await input.fill(text);
      await input.blur();
    },
  };
}
