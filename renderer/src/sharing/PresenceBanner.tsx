import { Alert, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePresence } from './changes';

/** "Also open by NAME on HOST since …", one line per other holder; nothing when alone. */
export function PresenceBanner() {
  const { t } = useTranslation();
  const others = usePresence();
  if (others.length === 0) return null;
  return (
    <Alert color="blue" variant="light" icon={<IconUsers size={18} />} mb="md" data-testid="presence-banner">
      <Stack gap={2}>
        {others.map((o) => (
          <Text key={o.id} size="sm">
            {t(o.readOnly ? 'sharing.alsoOpenReadOnly' : 'sharing.alsoOpen', {
              user: o.user,
              host: o.host,
              since: o.since,
            })}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
