// Opening reads only the header, schema and register_meta; every page is checked after the first
// screen, in the background (issue 16). A register with a damaged table page therefore opens and
// lists its activities, then a banner says the file is damaged and the register is held read-only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RopaClient } from '../core/api/contract';
import { damageTable } from '../core/test-helpers';
import { ActivitiesList } from './pages/ActivitiesList';
import { Audit } from './pages/Audit';
import { photographFailure, screenshot, startApp, type RunningApp } from './support/app';
import { removeDir, sampleRegister, tempDir } from './support/registers';

/** The page's window.ropa, inside page.evaluate. */
declare const window: { ropa: RopaClient };

describe('The check after opening', () => {
  let dir: string;
  let app: RunningApp | undefined;
  beforeEach(() => photographFailure(() => app?.page));
  afterEach(async () => {
    await app?.close();
    app = undefined;
    removeDir(dir);
  });

  it('opens a file with a damaged page, lists it, then shows the damage and holds it read-only', async () => {
    dir = tempDir();
    const file = sampleRegister(dir);
    damageTable(file, 'history');

    app = await startApp(file);
    const list = new ActivitiesList(app.page);
    await list.waitLoaded();
    await list.rows().first().waitFor();
    const banner = app.page.getByTestId('file-damaged-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('This register file is damaged');
    expect(await banner.textContent()).toContain('What SQLite found:');
    const audit = new Audit(app.page);
    await audit.readOnlyBadge().waitFor();
    expect(await audit.dataBanner().count()).toBe(0);
    await screenshot(app.page, 'file-damaged-banner');

    const newActivity = app.page.getByRole('main').getByRole('button', { name: 'New activity' });
    expect(await newActivity.isDisabled()).toBe(true);
    const refused = await app.page.evaluate(() =>
      window.ropa.createOrganisation({ name: 'Should not be written', country: 'BE' }),
    );
    expect(refused).toMatchObject({ ok: false, error: { kind: 'read_only' } });
  });

  it('shows no banner for a sound register, once the check is done', async () => {
    dir = tempDir();
    app = await startApp(sampleRegister(dir));
    const page = app.page;
    await new ActivitiesList(page).rows().first().waitFor();
    // Asked again until the check (a worker reading the whole file) is done; under load it takes seconds.
    await expect
      .poll(() => page.evaluate(() => window.ropa.getOpenCheck()), { timeout: 15_000, interval: 100 })
      .toEqual({ ok: true, value: { state: 'done', damage: null } });
    expect(await page.getByTestId('file-damaged-banner').count()).toBe(0);
    expect(await new Audit(page).readOnlyBadge().count()).toBe(0);
  });
});
