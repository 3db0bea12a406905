// The page's notifications, fetched and mounted once the first screen is painted (start.tsx): none
// is lost meanwhile, as they are shown through their store, which the component renders on mounting.
import { getDefaultZIndex } from '@mantine/core';
import { Notifications } from '@mantine/notifications';

/** Notifications close by themselves after this long, unless one asks for longer. */
const NOTIFICATION_MS = 6_000;

export function PageNotifications() {
  // Bottom right, beneath any dialog: never over the header's menus or the editor's Save and Delete
  // (top right, where a "Saved" notice used to sit on the button just pressed), and never over a
  // dialog's buttons (a dialog sits above notifications).
  return <Notifications position="bottom-right" autoClose={NOTIFICATION_MS} zIndex={getDefaultZIndex('modal') - 1} />;
}
