import { Button, Checkbox } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { MenuButton, MenuItem } from '../common/afterFirstPaint';

export interface ToggleColumn {
  id: string;
  label: string;
  visible: boolean;
  toggle: (visible: boolean) => void;
}

/** Memoised: it need not re-render on every keystroke in the search box. */
export const ColumnMenu = memo(function ColumnMenu({ columns }: { columns: ToggleColumn[] }) {
  const { t } = useTranslation();
  return (
    <MenuButton
      closeOnItemClick={false}
      button={
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          {t('activities.columns')}
        </Button>
      }
    >
      {columns.map((c) => (
        <MenuItem key={c.id}>
          <Checkbox label={c.label} checked={c.visible} onChange={(e) => c.toggle(e.currentTarget.checked)} />
        </MenuItem>
      ))}
    </MenuButton>
  );
});
