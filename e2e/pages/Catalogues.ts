// The organisations, recipients and vocabularies screens: a list with a modal form.
import type { Page } from 'playwright-core';
import { labelled, pick, pickCountry } from './fields';

export class Catalogues {
  constructor(readonly page: Page) {}

  async addOrganisation(o: {
    name: string;
    enterpriseNumber: string;
    country: string;
    email: string;
    dpoName: string;
    dpoEmail: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add organisation' }).first().click();
    const d = this.page.getByRole('dialog', { name: 'New organisation' });
    await labelled(d, 'Name').fill(o.name);
    await labelled(d, 'Enterprise number').fill(o.enterpriseNumber);
    await pickCountry(labelled(d, 'Country'), o.country);
    await labelled(d, 'Email').fill(o.email);
    await labelled(d, 'DPO name').fill(o.dpoName);
    await labelled(d, 'DPO email').fill(o.dpoEmail);
    await d.getByRole('button', { name: 'Save' }).click();
    await d.waitFor({ state: 'hidden' });
  }

  async addRecipient(r: { name: string; kind: string; country: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add recipient' }).first().click();
    const d = this.page.getByRole('dialog', { name: 'New recipient' });
    await labelled(d, 'Name').fill(r.name);
    await pick(this.page, labelled(d, 'Kind of recipient'), r.kind);
    await pickCountry(labelled(d, 'Country'), r.country);
    await d.getByRole('button', { name: 'Save' }).click();
    await d.waitFor({ state: 'hidden' });
  }
}
