import { Alert, Button, Group, Text } from '@mantine/core';
import { IconTrashX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Who deleted the activity and when, from its history; unknown while (or if) that is not found. */
export interface Deletion {
  author?: string;
  at?: string;
}

/** The activity is gone from the register but its fields stay in the editor until saved or discarded. */
export function DeletedBanner({
  deletion,
  busy,
  onSave,
  onDiscard,
}: {
  deletion: Deletion;
  busy: boolean;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const text =
    deletion.author && deletion.at
      ? t('editor.deletedElsewhereBy', { author: deletion.author, at: deletion.at })
      : t('editor.deletedElsewhere');
  return (
    <Alert role="alert" color="orange" variant="light" icon={<IconTrashX size={18} />} data-testid="deleted-banner">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm">{text}</Text>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" onClick={onDiscard}>
            {t('action.discard')}
          </Button>
          <Button size="xs" onClick={onSave} loading={busy}>
            {t('editor.saveAsNew')}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
