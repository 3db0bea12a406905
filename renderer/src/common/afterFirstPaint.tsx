// What the first screen shows but nobody can use in its first frame (a menu behind its button, a
// tooltip, a picker's list) comes with the frame after it: each Mantine menu, tooltip and picker
// sets up positioning and focus handling when it mounts, some milliseconds apiece of the first
// render, and the code behind them is compiled on first use. The first screen shows plain
// stand-ins that look the same; the real thing replaces them once that screen is painted.
import {
  Combobox,
  InputBase,
  Menu,
  Select,
  Tooltip,
  type MenuProps,
  type SelectProps,
  type TooltipProps,
} from '@mantine/core';
import { startTransition, useEffect, useState, type ReactElement, type ReactNode } from 'react';

/** Whether the page's first screen has been painted: false until then, true for good after. */
let painted = false;
let waiting = false;
const listeners = new Set<() => void>();

/** Calls `onPainted` once the first screen is painted (at once if it is); returns the cancel. */
function whenPainted(onPainted: () => void): () => void {
  if (painted) {
    onPainted();
    return () => undefined;
  }
  listeners.add(onPainted);
  if (!waiting) {
    waiting = true;
    // An animation-frame callback runs before that frame's paint; a task posted from it, after.
    requestAnimationFrame(() =>
      setTimeout(() => {
        painted = true;
        // A transition: what mounts now renders in slices, and a click or a key goes first.
        startTransition(() => listeners.forEach((listener) => listener()));
        listeners.clear();
      }, 0),
    );
  }
  return () => listeners.delete(onPainted);
}

/**
 * False while the page's first screen renders, true from the frame after it has been painted, and
 * at once for whatever mounts later: for what the first screen does not need (closed dialogs, say).
 */
export function useAfterFirstPaint(): boolean {
  const [now, setNow] = useState(painted);
  useEffect(() => whenPainted(() => setNow(true)), []);
  return now;
}

/** `children` once the first screen is painted; `until`, a lighter stand-in, before. */
export function AfterFirstPaint({ children, until }: { children: ReactNode; until: ReactNode }): ReactNode {
  return useAfterFirstPaint() ? children : until;
}

/** A button that opens a menu of `children` (Menu.Items); on the first screen, the button alone. */
export function MenuButton({
  button,
  children,
  ...menu
}: Omit<MenuProps, 'children'> & { button: ReactElement; children: ReactNode }) {
  return (
    <AfterFirstPaint until={button}>
      <Menu {...menu}>
        <Menu.Target>{button}</Menu.Target>
        <Menu.Dropdown>{children}</Menu.Dropdown>
      </Menu>
    </AfterFirstPaint>
  );
}

/** A Mantine Tooltip, set up after the first screen's paint (a hover needs it no sooner). */
export function HoverTip({ children, ...tooltip }: TooltipProps) {
  return (
    <AfterFirstPaint until={children}>
      <Tooltip {...tooltip}>{children}</Tooltip>
    </AfterFirstPaint>
  );
}

/**
 * A Mantine Select of `data`; on the first screen, an input that looks the same: its placeholder or
 * its value's label, its chevron.
 */
export function Picker(props: SelectProps & { data: { value: string; label: string }[] }) {
  const { data, value, placeholder, w } = props;
  return (
    <AfterFirstPaint
      until={
        <InputBase
          aria-label={props['aria-label']}
          placeholder={placeholder}
          value={data.find((o) => o.value === value)?.label ?? ''}
          readOnly
          pointer
          w={w}
          rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none"
        />
      }
    >
      <Select {...props} />
    </AfterFirstPaint>
  );
}
