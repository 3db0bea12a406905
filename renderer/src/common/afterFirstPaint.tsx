// What the first screen shows but nobody can use in its first frame (a menu behind its button, a
// tooltip, a picker's list) comes with the frame after it: each Mantine menu, tooltip and picker
// sets up positioning and focus handling when it mounts, some milliseconds apiece of the first
// render, and their code (with the positioning library) was 80 of the first chunk's 497 KB. The
// first screen shows plain stand-ins that look the same; the real thing (overlays.ts, a chunk of
// its own, fetched then) replaces them once that screen is painted, or as soon as a stand-in is
// clicked or focused, and takes over what was done to it: a clicked menu button opens its menu, a
// focused picker keeps the focus.
import {
  ComboboxChevron,
  InputBase,
  type MenuItemProps,
  type MenuProps,
  type SelectProps,
  type TooltipProps,
} from '@mantine/core';
import {
  cloneElement,
  startTransition,
  useEffect,
  useState,
  type ButtonHTMLAttributes,
  type ComponentPropsWithoutRef,
  type DOMAttributes,
  type ReactElement,
  type ReactNode,
} from 'react';

/** The real menus, tooltips and pickers: their own chunk, fetched once the first screen is painted. */
type Overlays = typeof import('./overlays');
let overlays: Overlays | null = null;
let overlaysLoading: Promise<Overlays> | null = null;

function loadOverlays(): Promise<Overlays> {
  overlaysLoading ??= import('./overlays').then((loaded) => (overlays = loaded));
  return overlaysLoading;
}

/** Whether the page's first screen has been painted: false until then, true for good after. */
let painted = false;
let waiting = false;
const listeners = new Set<() => void>();

/**
 * From now on the first screen counts as painted: what waits for it mounts. After the paint, in a
 * transition (rendered in slices, a click or a key goes first); for a click on a stand-in, at once.
 */
function paintedNow(urgent = false): void {
  if (painted) return;
  painted = true;
  const mount = () => listeners.forEach((listener) => listener());
  if (urgent) mount();
  else startTransition(mount);
  listeners.clear();
}

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
    requestAnimationFrame(() => setTimeout(() => paintedNow(), 0));
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

/**
 * The real menus, tooltips and pickers once the first screen is painted and their chunk is here;
 * null before (while the first screen's stand-ins are shown).
 */
function useOverlays(): Overlays | null {
  const afterPaint = useAfterFirstPaint();
  const [loaded, setLoaded] = useState(overlays);
  useEffect(() => {
    if (!afterPaint || loaded) return;
    let live = true;
    loadOverlays().then(
      (o) => live && startTransition(() => setLoaded(o)),
      // Only a broken install loses a chunk of its own: the page stays, with its stand-ins.
      (error: unknown) => console.error('The menus and pickers could not be loaded:', error),
    );
    return () => {
      live = false;
    };
  }, [afterPaint, loaded]);
  return afterPaint ? loaded : null;
}

/** What the user did to a stand-in before the real component came, for the real one to carry on. */
type Touch = 'clicked' | 'focused' | null;

/**
 * The real components once they can be shown, what was done to their stand-in, and the handlers
 * that note it on the stand-in. A click asks for the real component at once, already open.
 */
function useStandIn(): [
  real: Overlays | null,
  touch: Touch,
  standIn: Pick<DOMAttributes<HTMLElement>, 'onClick' | 'onFocus' | 'onBlur'>,
] {
  const real = useOverlays();
  const [touch, setTouch] = useState<Touch>(null);
  const standIn = {
    onClick: () => {
      setTouch('clicked');
      paintedNow(true);
    },
    onFocus: () => setTouch((t) => t ?? 'focused'),
    onBlur: () => setTouch((t) => (t === 'focused' ? null : t)),
  };
  return [real, touch, standIn];
}

/**
 * A button that opens a menu of `children` (MenuItems), below its right end and in a portal, as
 * every toolbar menu does; on the first screen, the button alone (with the stand-in's click, focus
 * and blur handlers: give the button none of its own).
 */
export function MenuButton({
  button,
  children,
  ...menu
}: Omit<MenuProps, 'children'> & {
  button: ReactElement<ButtonHTMLAttributes<HTMLButtonElement>>;
  children: ReactNode;
}) {
  const [real, touch, standIn] = useStandIn();
  if (!real) return cloneElement(button, standIn);
  const { Menu } = real;
  return (
    <Menu position="bottom-end" withinPortal defaultOpened={touch === 'clicked'} {...menu}>
      <Menu.Target>{touch ? cloneElement(button, { autoFocus: true }) : button}</Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}

/** One item of a MenuButton's menu (rendered only in the real menu, so once its chunk is here). */
export function MenuItem(props: MenuItemProps & Omit<ComponentPropsWithoutRef<'button'>, keyof MenuItemProps>) {
  return overlays && <overlays.Menu.Item {...props} />;
}

/** A Mantine Tooltip, set up after the first screen's paint (a hover needs it no sooner). */
export function HoverTip({ children, ...tooltip }: TooltipProps) {
  const real = useOverlays();
  return real ? <real.Tooltip {...tooltip}>{children}</real.Tooltip> : children;
}

/**
 * A Mantine Select of `data`; on the first screen, an input that looks the same: its placeholder or
 * its value's label, its chevron.
 */
export function Picker(props: SelectProps & { data: { value: string; label: string }[] }) {
  const { data, value, placeholder, w } = props;
  const [real, touch, standIn] = useStandIn();
  // The focus stays where the user put it: on the picker that replaced the focused stand-in.
  // eslint-disable-next-line jsx-a11y/no-autofocus
  if (real) return <real.Select {...props} defaultDropdownOpened={touch === 'clicked'} autoFocus={!!touch} />;
  return (
    <InputBase
      {...standIn}
      aria-label={props['aria-label']}
      placeholder={placeholder}
      value={data.find((o) => o.value === value)?.label ?? ''}
      readOnly
      pointer
      w={w}
      rightSection={<ComboboxChevron />}
      rightSectionPointerEvents="none"
    />
  );
}
