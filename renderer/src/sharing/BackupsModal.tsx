import { Button, Modal, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../core/api/client';
import { ropa, settle, type RopaError } from '../api';
import { ErrorLine } from '../common/ErrorLine';
import { LoadedView } from '../common/LoadedView';
import { useLoad } from '../common/useLoad';
import { useFormat } from '../format';

/** File › Restore from Backup…: the register's backups, newest first; restoring reopens the register. */
export function BackupsModal({
  opened,
  onClose,
  onRestored,
}: {
  opened: boolean;
  onClose: () => void;
  onRestored: (s: SessionInfo) => void;
}) {
  const { t } = useTranslation();
  if (!opened) return null;
  return (
    <Modal opened onClose={onClose} title={t('sharing.backupsTitle')} size="lg">
      <BackupList onRestored={onRestored} />
    </Modal>
  );
}

/**
 * Read each time the dialog opens: backups are made while the app runs (the open backup once the
 * checks after opening are done, the daily one), and none of them is a change to the register that
 * would make a list kept from earlier reload.
 */
function BackupList({ onRestored }: { onRestored: (s: SessionInfo) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const load = useCallback(() => ropa().listBackups({}), []);
  const [loaded, reload] = useLoad(load);
  const [error, setError] = useState<RopaError | null>(null);

  const restore = (name: string, at: string) =>
    modals.openConfirmModal({
      title: t('sharing.backupsTitle'),
      children: t('sharing.restoreConfirm', { at }),
      labels: { confirm: t('sharing.restore'), cancel: t('action.cancel') },
      confirmProps: { color: 'orange' },
      // Mantine calls onConfirm without awaiting it: the async work runs on its own.
      onConfirm: () =>
        void (async () => {
          const out = await settle(ropa().restoreBackup({ name }));
          if (!out.ok) return setError(out.error);
          setError(null);
          notifications.show({ color: 'teal', message: t('sharing.restored', { at }) });
          onRestored(out.value);
        })(),
    });

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('sharing.backupsHint')}
      </Text>
      <ErrorLine error={error} />
      <LoadedView loaded={loaded} reload={reload}>
        {(backups) =>
          backups.length === 0 ? (
            <Text c="dimmed">{t('sharing.noBackups')}</Text>
          ) : (
            <Table striped withTableBorder data-testid="backups-table">
              <Table.Tbody>
                {backups.map((b) => (
                  <Table.Tr key={b.name}>
                    <Table.Td>{format.when(b.createdAt)}</Table.Td>
                    <Table.Td>{t(`sharing.reason_${b.reason}`)}</Table.Td>
                    <Table.Td>{`${Math.max(1, Math.round(b.size / 1024))} KB`}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="default" onClick={() => restore(b.name, b.createdAt)}>
                        {t('sharing.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </LoadedView>
    </Stack>
  );
}
