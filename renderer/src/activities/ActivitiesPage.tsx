import { Button, Group, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadedView } from '../common/LoadedView';
import { EmptyView } from '../common/StateViews';
import { useLoad, type Loaded } from '../common/useLoad';
import { useLanguage } from '../language';
import { navigate, type ActivityQuery } from '../route';
import { ActivitiesTable } from './ActivitiesTable';
import { loadActivityRows, loadFirstRows, takeArrivedFirstRows, type ActivityRows } from './activityRows';
import type { Language } from '../../../core/api/enums';

/**
 * The table's rows: the first ones as soon as they are here, then every row. The whole list loads
 * (and reloads after a save elsewhere) as any list does; the first rows only stand in for it until
 * its first answer, in the same language.
 */
function useActivityRows(lang: Language): [Loaded<ActivityRows>, () => void] {
  const load = useCallback(() => loadActivityRows(lang), [lang]);
  const [loaded, reload] = useLoad(load);
  const [first, setFirst] = useState(() => {
    const rows = takeArrivedFirstRows(lang);
    return rows && { lang, rows };
  });
  const waiting = loaded.status === 'loading' && first?.lang !== lang;
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    void loadFirstRows(lang).then((o) => {
      if (live && o.ok) setFirst({ lang, rows: o.value });
    });
    return () => {
      live = false;
    };
  }, [waiting, lang]);
  if (loaded.status === 'loading' && first?.lang === lang) return [{ status: 'ok', value: first.rows }, reload];
  return [loaded, reload];
}

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
  const [loaded, reload] = useActivityRows(lang);
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
        {(rows) =>
          rows.total === 0 ? (
            <EmptyView title={t('activities.emptyTitle')} hint={t('activities.emptyHint')} action={add} />
          ) : (
            // Keyed by the register and the tile's narrowing: each starts from its own state.
            <ActivitiesTable
              key={`${registerPath}?${JSON.stringify(query)}`}
              rows={rows}
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
