import { Button, Group, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadedView } from '../common/LoadedView';
import { EmptyView } from '../common/StateViews';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../language';
import { navigate, type ActivityQuery } from '../route';
import { ActivitiesTable } from './ActivitiesTable';
import { loadActivityRows, takeArrivedRows } from './activityRows';

export function ActivitiesPage({
  readOnly,
  registerPath,
  query,
}: {
  readOnly: boolean;
  registerPath: string;
  /** An Overview tile's narrowing; the table starts with it. */
  query: ActivityQuery;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const load = useCallback(() => loadActivityRows(lang), [lang]);
  const [loaded, reload] = useLoad(load, { arrived: () => takeArrivedRows(lang) });
  const open = (id: string) => void navigate({ page: 'activity', id });
  const add = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => open('new')} disabled={readOnly}>
      {t('activities.new')}
    </Button>
  );
  return (
    <Stack h="calc(100vh - 56px - 2 * var(--mantine-spacing-lg))" gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('nav.activities')}
        </Title>
        {add}
      </Group>
      <LoadedView loaded={loaded} reload={reload}>
        {(data) =>
          data.length === 0 ? (
            <EmptyView title={t('activities.emptyTitle')} hint={t('activities.emptyHint')} action={add} />
          ) : (
            // Keyed by the register and the tile's narrowing: each starts from its own state.
            <ActivitiesTable
              key={`${registerPath}?${JSON.stringify(query)}`}
              data={data}
              onOpen={open}
              registerPath={registerPath}
              query={query}
            />
          )
        }
      </LoadedView>
    </Stack>
  );
}
