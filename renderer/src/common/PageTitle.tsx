import { Stack, Text, Title } from '@mantine/core';

export function PageTitle({ title, hint }: { title: string; hint?: string }) {
  return (
    <Stack gap={2}>
      <Title order={1} size="h2">
        {title}
      </Title>
      {hint && (
        <Text c="dimmed" size="sm" maw={760}>
          {hint}
        </Text>
      )}
    </Stack>
  );
}
