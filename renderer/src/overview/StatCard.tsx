import { Paper, Text } from '@mantine/core';
import { useFormat } from '../format';
import { formatRoute, navigate, type Route } from '../route';

/** A count on the Overview, and a link to what it counts (the Activities table narrowed to it). */
export function StatCard({
  label,
  value,
  tone,
  to,
}: {
  label: string;
  value: number;
  tone?: 'warn' | 'bad' | undefined;
  to: Route;
}) {
  const format = useFormat();
  const color = value > 0 && tone ? (tone === 'bad' ? 'red' : 'orange') : undefined;
  return (
    <Paper
      component="a"
      href={formatRoute(to)}
      onClick={(e) => {
        e.preventDefault();
        void navigate(to);
      }}
      withBorder
      p="md"
      radius="md"
      data-testid={`stat-${label}`}
      style={{ display: 'block', color: 'inherit', textDecoration: 'none' }}
    >
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={600} c={color}>
        {format.number(value)}
      </Text>
    </Paper>
  );
}
