import { NavLink, Stack } from '@mantine/core';
import {
  IconBook2,
  IconBuilding,
  IconCookie,
  IconFileText,
  IconHistory,
  IconLayoutDashboard,
  IconListDetails,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate, type Page, type Route } from './route';

const ITEMS: { page: Page; icon: typeof IconBook2 }[] = [
  { page: 'overview', icon: IconLayoutDashboard },
  { page: 'activities', icon: IconListDetails },
  { page: 'organisations', icon: IconBuilding },
  { page: 'recipients', icon: IconUsersGroup },
  { page: 'cookies', icon: IconCookie },
  { page: 'vocabularies', icon: IconBook2 },
  { page: 'notices', icon: IconFileText },
  { page: 'history', icon: IconHistory },
];

export function Navigation({ route }: { route: Route }) {
  const { t } = useTranslation();
  const current = route.page === 'activity' ? 'activities' : route.page;
  return (
    <Stack gap={2} p="xs" component="nav" aria-label={t('nav.label')}>
      {ITEMS.map(({ page, icon: Icon }) => (
        <NavLink
          key={page}
          href={`#/${page}`}
          label={t(`nav.${page}`)}
          leftSection={<Icon size={18} />}
          active={current === page}
          onClick={(e) => {
            e.preventDefault();
            void navigate({ page });
          }}
        />
      ))}
    </Stack>
  );
}
