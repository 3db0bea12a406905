import { Button, Group, Stack } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../core/api/client';
import { PageTitle } from '../common/PageTitle';
import { ChangesExportModal } from '../exports/ChangesExportModal';
import { HistoryPanel } from './HistoryPanel';

/** The whole register's history, with the chain check an auditor asks for and the changes report of a period. */
export function HistoryPage({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <PageTitle title={t('sharing.historyTitle')} hint={t('sharing.historyHint')} />
        <Button variant="default" leftSection={<IconFileExport size={16} />} onClick={() => setExporting(true)}>
          {t('changesExport.open')}
        </Button>
      </Group>
      <HistoryPanel withVerify />
      <ChangesExportModal session={session} opened={exporting} onClose={() => setExporting(false)} />
    </Stack>
  );
}
