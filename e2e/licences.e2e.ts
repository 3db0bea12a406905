// Issue 17, point 3: Help ▸ About and licences lists every shipped dependency with its licence and
// credits Fideslang (CC BY 4.0), the DejaVu fonts and Electron, from the bundled list (no network),
// with or without a register open.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newRegister } from '../core/register';
import licences from '../renderer/src/about/licences.json';
import { AppShell } from './pages/AppShell';
import { axeViolations } from './pages/Axe';
import { Licences } from './pages/Licences';
import { appPerFile, screenshot } from './support/app';

const app = appPerFile((dir) => {
  const file = path.join(dir, 'licences.sqlite');
  newRegister(file, { author: 'setup', name: 'Licences' }).register.close();
  return file;
});

describe('Help ▸ About and licences', () => {
  it('lists every shipped package with its version and licence, and the notes where we stated one', async () => {
    const page = new Licences(app.page);
    const dialog = await page.open();
    await expect
      .poll(() => dialog.getByRole('heading', { name: /open-source packages/ }).textContent())
      .toBe(`${licences.packages.length} open-source packages`);
    const rows = await page.packages();
    expect(rows.map(([name, version, licence]) => [name!.split('\n')[0], version, licence])).toEqual(
      licences.packages.map((p) => [p.name, p.version, p.licence]),
    );
    const sqlite = rows.find(([name]) => name === 'better-sqlite3');
    expect(sqlite?.[2]).toBe('MIT');
    expect(rows.find(([name]) => name!.startsWith('buffers'))?.[0]).toContain('no licence file');
    expect(await dialog.textContent()).toContain('RoPA Registry 0.1.0 is free software under the MIT licence');
    await screenshot(app.page, 'licences');
    // WCAG 2.1 AA (axe-core) with the dialog open, like every other screen.
    expect(await axeViolations(app.page)).toEqual([]);
    await page.close();
  });

  it('credits Fideslang under CC BY 4.0, the DejaVu fonts and Electron, with their sources', async () => {
    const page = new Licences(app.page);
    await page.open();
    const fideslang = page.credit('Fideslang');
    expect(await fideslang.textContent()).toMatch(/Fideslang \(CC BY 4\.0\).*Ethyca \/ IAB Tech Lab.*Changes:/);
    expect(await fideslang.getByRole('link', { name: 'CC BY 4.0' }).getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(await fideslang.getByRole('link', { name: /github\.com\/IABTechLab\/fideslang/ }).count()).toBe(1);
    expect(await page.credit('DejaVu').textContent()).toContain('Bitstream Vera Fonts licence');
    expect(await page.credit('Electron').textContent()).toContain('LICENSES.chromium.html');
    await page.close();
  });

  it('opens from the start screen too, in the UI language', async () => {
    const shell = new AppShell(app.page);
    await shell.closeRegister();
    await shell.chooseLanguage('Deutsch');
    const dialog = await new Licences(app.page).open('Hilfe', 'Über und Lizenzen');
    expect(await dialog.getByRole('columnheader').allTextContents()).toEqual(['Paket', 'Version', 'Lizenz']);
    expect(await dialog.textContent()).toContain(`${licences.packages.length} Open-Source-Pakete`);
    expect(await dialog.textContent()).toContain('Fideslang (CC BY 4.0)');
    await app.page.keyboard.press('Escape');
    await shell.chooseLanguage('English');
  });
});
