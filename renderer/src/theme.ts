import { createTheme, Modal, MultiSelect, Notification, Select, type MantineThemeOverride } from '@mantine/core';
import { rankedFilter } from './common/pickerFilter';

// Every picker: typing narrows to the best matches first, and Enter picks the first of them.
const pickerDefaults = { filter: rankedFilter, selectFirstOptionOnChange: true };

/**
 * A calm, document-like look: privacy officers read this register for hours. Mantine's close
 * buttons (dialogs, notifications) are icons only, so each gets its name in the UI language.
 */
export function themeFor(closeLabel: string): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': closeLabel };
  return createTheme({
    primaryColor: 'indigo',
    defaultRadius: 'sm',
    fontFamily: 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    headings: { fontWeight: '600' },
    components: {
      Select: Select.extend({ defaultProps: pickerDefaults }),
      MultiSelect: MultiSelect.extend({ defaultProps: pickerDefaults }),
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
    },
  });
}
