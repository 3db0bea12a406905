import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../core/api/client';
import type { LockHolder } from '../../../core/api/contract';
import { ropa, settle, type RopaError } from '../api';
import { ErrorLine } from '../common/ErrorLine';

export interface LockedOpen {
  path: string;
  holders: LockHolder[];
}

/** Someone else has the register open for editing: open read-only, open anyway, or cancel. */
export function LockChoiceModal({
  locked,
  onCancel,
  onDone,
}: {
  locked: LockedOpen | null;
  onCancel: () => void;
  onDone: (s: SessionInfo) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<RopaError | null>(null);
  const [busy, setBusy] = useState(false);
  if (!locked) return null;

  const open = async (choice: { readOnly: true } | { force: true }) => {
    setBusy(true);
    const out = await settle(ropa().openRegister({ path: locked.path, ...choice }));
    setBusy(false);
    if (!out.ok) return setError(out.error);
    setError(null);
    onDone(out.value);
  };

  return (
    <Modal opened onClose={onCancel} title={t('sharing.lockTitle')} size="lg" data-testid="lock-choice">
      <Stack>
        <List>
          {locked.holders.map((h) => (
            <List.Item key={h.id}>{t('sharing.lockHolder', { user: h.user, host: h.host, since: h.since })}</List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          {t('sharing.lockBody')}
        </Text>
        <ErrorLine error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button variant="default" loading={busy} onClick={() => void open({ force: true })}>
            {t('sharing.openAnyway')}
          </Button>
          <Button loading={busy} onClick={() => void open({ readOnly: true })}>
            {t('sharing.openReadOnly')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
