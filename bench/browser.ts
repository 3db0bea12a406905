// `npm run bench browser`: the UI in system Chromium against the browser host with a 10,000-activity
// register. Time from navigation to the table's first rows, keystroke-to-updated-table latency in
// the search box (median and p95 over 50 keystrokes), how many rows the DOM holds and how much
// JavaScript the first screen loads.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium';
import { LARGE_COUNT, largeRegister, removeDir, tempDir } from '../e2e/support/registers';
import { startWebHost } from '../web/host';
import { median, round, type Measurement, type Suite } from './suite';

const RENDERER = path.resolve(import.meta.dirname, '..', 'out', 'renderer', 'index.html');
const LOADS = 5;
/** 24 characters typed, 24 erased, and one more pair: 50 keystrokes that each re-filter the table. */
const KEYS = [...'processing activity 1234'].concat(Array<string>(24).fill('Backspace'), ['p', 'Backspace']);
const FIRST_ROW = '[role="grid"] [role="row"][data-activity-id]';

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function timeToFirstRows(page: Page, url: string): Promise<number> {
  const start = performance.now();
  await page.goto(url);
  await page.waitForSelector(FIRST_ROW);
  return performance.now() - start;
}

/**
 * Measured inside the page: from the keydown's timestamp to the first animation frame after the
 * input event, when React has re-rendered the table (input events render synchronously).
 */
async function keystrokeLatencies(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { latencies: number[] };
    w.latencies = [];
    let down = 0;
    const box = document.querySelector<HTMLInputElement>('input[aria-label="Search activities"]')!;
    box.addEventListener('keydown', (e) => (down = e.timeStamp), true);
    box.addEventListener('input', () => requestAnimationFrame(() => w.latencies.push(performance.now() - down)));
  });
  await page.getByLabel('Search activities').focus();
  for (const [i, key] of KEYS.entries()) {
    await page.keyboard.press(key);
    await page.waitForFunction((n) => (window as unknown as { latencies: number[] }).latencies.length >= n, i + 1);
  }
  return page.evaluate(() => (window as unknown as { latencies: number[] }).latencies);
}

/** The JavaScript the page fetched up to now, uncompressed: after the first rows, what starting the app costs. */
async function javascriptLoaded(page: Page): Promise<number> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .reduce((sum, e) => sum + (e as PerformanceResourceTiming).decodedBodySize, 0),
  );
}

async function run(): Promise<Measurement[]> {
  if (!existsSync(RENDERER)) throw new Error('the renderer is not built; run "npm run build" first');
  const dir = tempDir('ropa-bench-browser-');
  const web = await startWebHost({ registerPath: largeRegister(dir), author: 'bench' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const activities = `${web.origin}/#/activities`;
    await page.goto(web.url); // trades the token for the cookie; not measured
    await timeToFirstRows(page, activities); // warm-up: disk cache, JIT
    const loads: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await page.goto('about:blank');
      loads.push(await timeToFirstRows(page, activities));
    }
    const firstLoadJs = await javascriptLoaded(page);
    const rowsInDom = await page.locator('[role="grid"] [role="row"]').count();
    const latencies = await keystrokeLatencies(page);
    return [
      {
        name: `navigation to first rows (${LARGE_COUNT.toLocaleString('en')} activities, median of ${LOADS})`,
        value: round(median(loads), 0),
        unit: 'ms',
        target: 1000,
      },
      {
        name: `search keystroke to updated table, median of ${latencies.length}`,
        value: round(median(latencies), 1),
        unit: 'ms',
      },
      {
        name: `search keystroke to updated table, p95 of ${latencies.length}`,
        value: round(percentile(latencies, 95), 1),
        unit: 'ms',
        target: 50,
      },
      { name: 'table rows in the DOM (header included)', value: rowsInDom, unit: 'count', target: 99 },
      {
        name: 'JavaScript loaded up to the first rows (uncompressed)',
        value: round(firstLoadJs / 1024, 0),
        unit: 'KB',
        target: 800,
      },
    ];
  } finally {
    await browser.close();
    await web.close();
    removeDir(dir);
  }
}

export const browserSuite: Suite = {
  name: 'browser',
  description: `the UI in Chromium against the browser host, ${LARGE_COUNT.toLocaleString('en')} activities`,
  run,
};
