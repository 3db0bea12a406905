import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One part of a long form, headed by what it covers (and, for activities, its Art. 30 letter). */
export function Section({
  id,
  title,
  reference,
  children,
}: {
  id?: string;
  title: string;
  reference?: string | undefined;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" radius="md" id={id} component="section" aria-label={title}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {title}
          </Title>
          {reference && (
            <Text size="xs" c="dimmed">
              {reference}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
