import { Badge, Button, Group, Kbd, Paper, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../core/api/contract';

interface Props {
  title: string;
  saved: Activity | null;
  dirty: boolean;
  busy: boolean;
  readOnly: boolean;
  onBack: () => void;
  onSave: () => void;
  onDelete: () => void;
}

/** Stays on top while the long form scrolls, so Save is always at hand. */
export function EditorBar({ title, saved, dirty, busy, readOnly, onBack, onSave, onDelete }: Props) {
  const { t } = useTranslation();
  const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
  return (
    <Paper withBorder p="sm" radius="md" pos="sticky" top={56 + 8} style={{ zIndex: 5 }} shadow="xs">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
            {t('nav.activities')}
          </Button>
          <div style={{ minWidth: 0 }}>
            <Title order={1} size="h3" lineClamp={1}>
              {title}
            </Title>
            <Text size="xs" c="dimmed">
              {saved
                ? t('editor.meta', {
                    version: saved.version,
                    at: saved.updatedAt.slice(0, 16).replace('T', ' '),
                    author: saved.updatedBy,
                  })
                : t('editor.notSaved')}
            </Text>
          </div>
          {dirty && (
            <Badge color="orange" variant="light" data-testid="unsaved">
              {t('editor.unsaved')}
            </Badge>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={onSave}
            loading={busy}
            disabled={readOnly}
            rightSection={<Kbd size="xs">{mod}+S</Kbd>}
          >
            {t('action.save')}
          </Button>
          {saved && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={onDelete}
              disabled={readOnly}
            >
              {t('action.delete')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
