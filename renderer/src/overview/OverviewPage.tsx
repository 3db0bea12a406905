import { Alert, Button, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconCircleCheck, IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Finding, Outcome, RegisterInfo } from '../../../core/api/contract';
import { ropa, settle } from '../api';
import { LoadedView } from '../common/LoadedView';
import { requestExport } from '../exports/exportRequests';
import { PageTitle } from '../common/PageTitle';
import { useLoad } from '../common/useLoad';
import { FindingsTable } from './FindingsTable';
import { StatCard } from './StatCard';

type Overview = { info: RegisterInfo; findings: Finding[] };

async function loadOverview(): Promise<Outcome<Overview>> {
  const [info, findings] = await Promise.all([settle(ropa().getRegisterInfo()), settle(ropa().runChecks())]);
  if (!info.ok) return info;
  if (!findings.ok) return findings;
  return { ok: true, value: { info: info.value, findings: findings.value } };
}

/** The state of the register at a glance: counts, drafts, overdue reviews and Art. 30 findings. */
export function OverviewPage() {
  const { t } = useTranslation();
  const [loaded, reload] = useLoad(loadOverview);
  return (
    <LoadedView loaded={loaded} reload={reload}>
      {({ info, findings }) => {
        const errors = findings.filter((f) => f.severity === 'error').length;
        const c = info.counts;
        return (
          <Stack gap="lg">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <PageTitle
                title={info.name || info.fileName}
                hint={t('overview.hint', { path: info.path, version: info.schemaVersion })}
              />
              <Button variant="light" leftSection={<IconFileExport size={16} />} onClick={() => requestExport()}>
                {t('exports.menu')}
              </Button>
            </Group>
            <SimpleGrid cols={{ base: 2, md: 4 }}>
              <StatCard label={t('overview.activities')} value={c.activities} to={{ page: 'activities' }} />
              <StatCard
                label={t('overview.active')}
                value={c.activitiesByStatus.active}
                to={{ page: 'activities', query: { status: 'active' } }}
              />
              <StatCard
                label={t('overview.drafts')}
                value={c.activitiesByStatus.draft}
                tone="warn"
                to={{ page: 'activities', query: { status: 'draft' } }}
              />
              <StatCard
                label={t('overview.overdue')}
                value={info.overdueReviews}
                tone="bad"
                to={{ page: 'activities', query: { only: 'overdue' } }}
              />
              <StatCard label={t('overview.organisations')} value={c.organisations} to={{ page: 'organisations' }} />
              <StatCard label={t('overview.recipients')} value={c.recipients} to={{ page: 'recipients' }} />
              <StatCard
                label={t('overview.transfers')}
                value={c.transfers}
                to={{ page: 'activities', query: { only: 'transfers' } }}
              />
              <StatCard
                label={t('overview.retired')}
                value={c.activitiesByStatus.retired}
                to={{ page: 'activities', query: { status: 'retired' } }}
              />
            </SimpleGrid>
            <Group justify="space-between">
              <Title order={2} size="h3">
                {t('overview.checks')}
              </Title>
            </Group>
            {findings.length === 0 ? (
              <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('overview.allGood')}>
                {t('overview.allGoodHint')}
              </Alert>
            ) : (
              <>
                <Alert color={errors > 0 ? 'red' : 'orange'} variant="light">
                  {t('overview.summary', {
                    missing: t('overview.missing', { count: errors }),
                    toConfirm: t('overview.toConfirm', { count: findings.length - errors }),
                  })}
                </Alert>
                <FindingsTable findings={findings} />
              </>
            )}
          </Stack>
        );
      }}
    </LoadedView>
  );
}
