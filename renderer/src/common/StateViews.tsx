import { Button, Center, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RopaError } from '../api';
import { ErrorLine } from './ErrorLine';

export function LoadingView({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center h={240}>
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {label ?? t('state.loading')}
        </Text>
      </Stack>
    </Center>
  );
}

/** An empty list says what it would hold and offers the action that fills it. */
export function EmptyView({ title, hint, action }: { title: string; hint: string; action?: ReactNode }) {
  return (
    <Center py={64}>
      <Stack align="center" gap="sm" maw={460} ta="center">
        <ThemeIcon size={48} radius="xl" variant="light" color="gray">
          <IconInbox size={26} />
        </ThemeIcon>
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text c="dimmed" size="sm">
          {hint}
        </Text>
        {action}
      </Stack>
    </Center>
  );
}

export function ErrorView({ error, onRetry }: { error: RopaError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack maw={640} py="lg">
      <ErrorLine error={error} />
      <Button variant="default" onClick={onRetry} w="fit-content">
        {t('action.retry')}
      </Button>
    </Stack>
  );
}
