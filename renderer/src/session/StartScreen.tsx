import { Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFilePlus, IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RegisterAction } from './RegisterModal';

/** No register open: say what the app keeps and offer the two ways in. */
export function StartScreen({ onAction }: { onAction: (a: RegisterAction) => void }) {
  const { t } = useTranslation();
  return (
    <Center h="70vh">
      <Paper withBorder p="xl" maw={560} radius="md">
        <Stack>
          <Title order={1} size="h2">
            {t('start.title')}
          </Title>
          <Text c="dimmed">{t('start.intro')}</Text>
          <Group>
            <Button leftSection={<IconFilePlus size={18} />} onClick={() => onAction('new')}>
              {t('session.newTitle')}
            </Button>
            <Button variant="default" leftSection={<IconFolderOpen size={18} />} onClick={() => onAction('open')}>
              {t('session.openTitle')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
