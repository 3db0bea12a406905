// "New recipient…" as the last option of a picker: what was typed becomes the new record's name, and
// the saved record is picked at once, so a half-filled form is never left to add it elsewhere.
import type { ComboboxItem } from '@mantine/core';
import { useState } from 'react';
import { ALWAYS_SHOWN, fold } from './pickerFilter';

export const CREATE_OPTION = `${ALWAYS_SHOWN}create`;

export interface CreateOption {
  /** The picker's options with the create option appended. */
  data: (options: ComboboxItem[]) => ComboboxItem[];
  /** Drops the create option from a picked value list (it is an action, not a value). */
  without: (ids: string[]) => string[];
  /** Spread onto the Select / MultiSelect. */
  pickerProps: {
    searchable: true;
    searchValue: string;
    onSearchChange: (search: string) => void;
    onOptionSubmit: (value: string) => void;
  };
}

/**
 * `label(typed)` names the option ("New recipient “Acme”…"); `onCreate(typed)` opens the form. Text
 * that is already an option's label is not offered as a new name.
 */
export function useCreateOption(
  options: ComboboxItem[],
  label: (typed: string) => string,
  onCreate: (typed: string) => void,
): CreateOption {
  const [search, setSearch] = useState('');
  const typed = options.some((o) => fold(o.label) === fold(search)) ? '' : search.trim();
  return {
    data: (shown) => [...shown, { value: CREATE_OPTION, label: label(typed) }],
    without: (ids) => ids.filter((id) => id !== CREATE_OPTION),
    pickerProps: {
      searchable: true,
      searchValue: search,
      onSearchChange: setSearch,
      onOptionSubmit: (value) => {
        if (value === CREATE_OPTION) onCreate(typed);
      },
    },
  };
}
