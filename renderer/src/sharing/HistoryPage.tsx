import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../common/PageTitle';
import { HistoryPanel } from './HistoryPanel';

/** The whole register's history, with the chain check an auditor asks for. */
export function HistoryPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle title={t('sharing.historyTitle')} hint={t('sharing.historyHint')} />
      <HistoryPanel withVerify />
    </Stack>
  );
}
