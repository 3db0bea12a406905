// What the keyboard reaches: the focused element, its name, and whether its focus can be seen.
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** Tag, role and accessible text of the focused element, for messages. */
  what: string;
  /** True when the element (or the input box around it) draws an outline or a focus ring. */
  visible: boolean;
}

export class Keyboard {
  constructor(readonly page: Page) {}

  async focused(): Promise<FocusStop> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { what: 'body', visible: false };
      const box = (el.closest('.mantine-Input-input, .mantine-PillsInput-input') as HTMLElement | null) ?? el;
      const style = getComputedStyle(box);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const ringed = style.boxShadow !== 'none';
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      const label = el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '';
      return {
        what: `${el.tagName.toLowerCase()}[${el.getAttribute('role') ?? ''}] ${label || text}`,
        visible: outlined || ringed,
      };
    });
  }

  /** Presses Tab up to `max` times and reports every stop on the way. */
  async tabThrough(max: number): Promise<FocusStop[]> {
    const stops: FocusStop[] = [];
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      stops.push(await this.focused());
    }
    return stops;
  }

  async focusedLabel(): Promise<string> {
    return (await this.focused()).what;
  }
}
