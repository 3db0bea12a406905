// The activity editor: every field of the data model, save, delete and the conflict dialog.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { addTags, labelled, pick, pickCountry, pickMany, typeDate } from './fields';

/** What a privacy officer types into a complete activity. */
export interface ActivityInput {
  name: string;
  reference: string;
  role: 'Controller' | 'Joint controller' | 'Processor';
  status: 'Draft' | 'Active' | 'Retired';
  department: string;
  owner: string;
  endDate?: string;
  description: string;
  /** Each purpose with the labels of its legal bases, and the interest when one is legitimate interests. */
  purposes: { text: string; bases: string[]; interest?: string }[];
  art9Conditions: string[];
  art10Basis: string;
  sources: string[];
  dataSubjects: string[];
  dataCategories: string[];
  /** Typed into the data categories picker and created inline as a new term. */
  newDataCategory: string;
  recipients: string[];
  transfer: { country: string; recipient: string; safeguard: string; details: string };
  retention: { value: string; unit: string; trigger: string; criterion: string; category: string };
  securityMeasures: string[];
  securityDescription: string;
  dpia: string;
  dpiaLink: string;
  automatedDecisionDetails: string;
  reviewDate: string;
  notes: string;
}

export class ActivityEditor {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return labelled(this.page, label);
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  async waitLoaded(): Promise<void> {
    await this.section('Activity and responsibility').waitFor();
  }

  async fillEveryField(a: ActivityInput): Promise<void> {
    const p = this.page;
    await this.field('Activity').fill(a.name);
    await this.field('Reference').fill(a.reference);
    await pick(p, this.field('Role'), a.role);
    await pick(p, this.field('Status'), a.status);
    await this.field('Department').fill(a.department);
    await this.field('Owner').fill(a.owner);
    if (a.endDate) await typeDate(this.field('End date'), a.endDate);
    await this.field('Description').fill(a.description);

    for (const [i, purpose] of a.purposes.entries()) {
      await p.getByRole('button', { name: 'Add purpose' }).click();
      const row = p.getByTestId('purpose-row').nth(i);
      await labelled(row, `Purpose ${i + 1}`).fill(purpose.text);
      // A chip's checkbox is visually hidden: click its label as a user does, then check it took.
      for (const basis of purpose.bases) {
        await row
          .locator('label')
          .filter({ hasText: new RegExp(`^${basis}$`) })
          .click();
        await expect.poll(() => row.getByRole('checkbox', { name: basis }).isChecked()).toBe(true);
      }
      if (purpose.interest) await labelled(row, 'Legitimate interest').fill(purpose.interest);
    }
    await pickMany(p, this.field('Special categories: Art. 9 condition'), a.art9Conditions);
    await this.field('Criminal offence data: Art. 10 basis').fill(a.art10Basis);
    await addTags(this.field('Sources of the data'), a.sources);

    await pickMany(p, this.field('Categories of data subjects'), a.dataSubjects);
    await pickMany(p, this.field('Categories of personal data'), a.dataCategories);
    await this.createTermInline('Categories of personal data', a.newDataCategory);

    await pickMany(p, this.field('Recipients'), a.recipients);
    await p.getByRole('button', { name: 'Add transfer' }).click();
    const transfer = p.getByTestId('transfer-row').last();
    await pickCountry(labelled(transfer, 'Country'), a.transfer.country);
    await pick(p, labelled(transfer, 'Recipient'), a.transfer.recipient);
    await pick(p, labelled(transfer, 'Safeguard'), a.transfer.safeguard);
    await labelled(transfer, 'Safeguard details').fill(a.transfer.details);

    await p.getByRole('button', { name: 'Add retention rule' }).click();
    const rule = p.getByTestId('retention-row').last();
    await labelled(rule, 'Period').fill(a.retention.value);
    await pick(p, labelled(rule, 'Unit'), a.retention.unit);
    await labelled(rule, 'Counted from').fill(a.retention.trigger);
    await labelled(rule, 'Criterion').fill(a.retention.criterion);
    await pick(p, labelled(rule, 'Only for data category'), a.retention.category);

    await pickMany(p, this.field('Security measures'), a.securityMeasures);
    await this.field('Security description').fill(a.securityDescription);
    await pick(p, this.field('DPIA'), a.dpia);
    await this.field('DPIA document').fill(a.dpiaLink);
    await this.field('Automated decision-making').check();
    await this.field('Automated decision-making details').fill(a.automatedDecisionDetails);
    await typeDate(this.field('Next review'), a.reviewDate);
    await this.field('Notes').fill(a.notes);
  }

  /** Types a label no term has yet, and adds it through the picker's "Add … as a new term". */
  async createTermInline(picker: string, label: string): Promise<void> {
    const input = this.field(picker);
    await input.click();
    await input.fill(label);
    await input.press('Escape');
    await this.page.getByRole('button', { name: `Add “${label}” as a new term` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** The labels of the options picked in a multi-select. */
  async picked(label: string): Promise<string[]> {
    const wrapper = this.page
      .locator('.mantine-MultiSelect-root, .mantine-TagsInput-root')
      .filter({ has: this.field(label) });
    return wrapper.locator('.mantine-Pill-label').allTextContents();
  }

  /** The "Texts in" switch above the sections: which of the register's languages the text fields edit. */
  async textsIn(language: 'Nederlands' | 'English' | 'Français' | 'Deutsch'): Promise<void> {
    await this.page.getByTestId('text-languages').locator('label').filter({ hasText: language }).click();
  }

  /** The "3 missing" badge beside a further language in the switch. */
  missingBadge(lang: 'en' | 'nl' | 'fr' | 'de'): Locator {
    return this.page.getByTestId(`missing-${lang}`);
  }

  /** The "Missing in …" hints under empty translations. */
  missingHints(): Locator {
    return this.page.getByTestId('translation-missing');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^Save/ }).first().click();
  }

  async saveWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+s');
  }

  unsavedBadge(): Locator {
    return this.page.getByTestId('unsaved');
  }

  /** The "Version 2 · last changed … by …" line under the title. */
  async meta(): Promise<string> {
    return (await this.page.getByText(/^Version \d+ · last changed/).textContent()) ?? '';
  }

  async waitSavedVersion(version: number): Promise<void> {
    await this.page.getByText(new RegExp(`^Version ${version} · last changed`)).waitFor();
  }

  async delete(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete' }).click();
    await this.page
      .getByRole('dialog', { name: 'Delete this activity?' })
      .getByRole('button', { name: 'Delete' })
      .click();
  }

  conflictDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Someone else saved this activity first' });
  }

  errorBanner(): Locator {
    return this.page.getByRole('alert');
  }

  /** "This activity was deleted by someone else …", with Save as new activity and Discard. */
  deletedBanner(): Locator {
    return this.page.getByTestId('deleted-banner');
  }

  private picker(label: string): Locator {
    return this.page.locator('.mantine-MultiSelect-root').filter({ has: this.field(label) });
  }

  /** The message shown under a multi-select picker. */
  fieldError(label: string): Locator {
    return this.picker(label).locator('.mantine-InputWrapper-error');
  }

  async unpick(label: string, option: string): Promise<void> {
    await this.picker(label)
      .locator('.mantine-Pill-root')
      .filter({ hasText: option })
      .locator('.mantine-Pill-remove')
      .click();
  }

  /** Types a name no recipient has in a picker and creates it through "New recipient “…”…". */
  async createRecipientFromPicker(
    picker: Locator,
    typed: string,
    r: { kind: string; country: string },
  ): Promise<Locator> {
    await picker.click();
    await picker.fill(typed);
    await this.page.getByRole('option', { name: `New recipient “${typed}”…` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New recipient' });
    await pick(this.page, labelled(dialog, 'Kind of recipient'), r.kind);
    await pickCountry(labelled(dialog, 'Country'), r.country);
    return dialog;
  }

  transfer(index: number): Locator {
    return this.page.getByTestId('transfer-row').nth(index);
  }
}
