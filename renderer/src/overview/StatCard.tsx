import { Paper, Text } from '@mantine/core';
import { useFormat } from '../format';

export function StatCard({ label, value, tone }: { label: string; value: number; tone?: 'warn' | 'bad' | undefined }) {
  const format = useFormat();
  const color = value > 0 && tone ? (tone === 'bad' ? 'red' : 'orange') : undefined;
  return (
    <Paper withBorder p="md" radius="md" data-testid={`stat-${label}`}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={600} c={color}>
        {format.number(value)}
      </Text>
    </Paper>
  );
}
