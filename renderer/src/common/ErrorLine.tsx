import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RopaError } from '../api';

/** One clear line for a refused operation; field issues are shown next to their fields instead. */
export function ErrorLine({ error, onClose }: { error: RopaError | null; onClose?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} />}
      title={t(`error.${error.kind}`)}
      withCloseButton={!!onClose}
      onClose={onClose}
    >
      {error.message}
    </Alert>
  );
}
