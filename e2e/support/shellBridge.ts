// The Electron shell's side of `window.ropaShell` (core/api/client.ts RopaShell) in a browser tab.
// Electron's binary cannot be downloaded on the test machines, so the renderer's Electron branch
// (menu commands, the OS save dialog) is driven through the same interface its preload installs:
// the test sends menu commands and answers the save dialog, and sees what the page asked.
import type { BrowserContext, Page } from 'playwright-core';

interface Bridge {
  listeners: ((command: string) => void)[];
  asked: ({ defaultName?: string } | undefined)[];
  answer: string | null;
}
type BridgeWindow = Window & { shellBridge: Bridge };

export class ShellBridge {
  private constructor(readonly page: Page) {}

  /** A new tab of `context` whose page sees an Electron-like `window.ropaShell`. */
  static async open(context: BrowserContext, url: string): Promise<ShellBridge> {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const bridge: Bridge = { listeners: [], asked: [], answer: null };
      const w = window as unknown as BridgeWindow & { ropaShell: unknown };
      w.shellBridge = bridge;
      w.ropaShell = {
        showOpenDialog: () => Promise.resolve(null),
        showSaveDialog: (options?: { defaultName?: string }) => {
          bridge.asked.push(options);
          return Promise.resolve(bridge.answer);
        },
        onMenu: (listener: (command: string) => void) => {
          bridge.listeners.push(listener);
          return () => bridge.listeners.splice(bridge.listeners.indexOf(listener), 1);
        },
      };
    });
    await page.goto(url);
    return new ShellBridge(page);
  }

  /** What the application menu sends, e.g. 'export-xlsx'. */
  async menu(command: string): Promise<void> {
    await this.page.evaluate(
      (c) => (window as unknown as BridgeWindow).shellBridge.listeners.forEach((l) => l(c)),
      command,
    );
  }

  /** The path the save dialog will answer with next (null: the user cancels). */
  async answerSaveDialog(path: string | null): Promise<void> {
    await this.page.evaluate((p) => ((window as unknown as BridgeWindow).shellBridge.answer = p), path);
  }

  /** The default file names the page proposed to the save dialog, in order. */
  async savedDialogNames(): Promise<(string | undefined)[]> {
    return this.page.evaluate(() => (window as unknown as BridgeWindow).shellBridge.asked.map((o) => o?.defaultName));
  }
}
