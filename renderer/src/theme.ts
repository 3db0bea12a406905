import { createTheme, type MantineThemeOverride } from '@mantine/core';
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
      // Plain objects, not `Select.extend(…)`: that would put each component's code in the first
      // chunk, though pickers and dialogs come only after the first screen (afterFirstPaint.tsx).
      Select: { defaultProps: pickerDefaults },
      MultiSelect: { defaultProps: pickerDefaults },
      Modal: { defaultProps: { closeButtonProps } },
      Notification: { defaultProps: { closeButtonProps } },
    },
  });
}
