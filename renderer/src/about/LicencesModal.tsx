import { Anchor, Modal, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import licences from './licences.json';

/**
 * Help ▸ Licences: the app's licence, the works it credits (Fideslang, DejaVu, Electron) and every
 * npm package it ships with its licence. The list is bundled (scripts/notices.ts writes it), so it
 * shows without network; the full texts are in THIRD_PARTY_NOTICES.md beside the installed app.
 */
export function LicencesModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { app, attributions, packages } = licences;
  return (
    <Modal opened={opened} onClose={onClose} title={t('about.title')} size="xl" data-testid="licences">
      <Stack gap="md">
        <Text>{t('about.app', { name: app.name, version: app.version, licence: app.licence })}</Text>
        <section aria-labelledby="licences-credits">
          <Title order={3} size="h5" id="licences-credits" mb="xs">
            {t('about.credits')}
          </Title>
          <Stack gap="sm">
            {attributions.map((a) => (
              <div key={a.name} data-testid={`credit-${a.name.split(' ')[0]}`}>
                <Text fw={600}>
                  {a.name} ({a.licence})
                </Text>
                <Text size="sm">{a.what}</Text>
                <Text size="sm">{a.notice}</Text>
                <Text size="sm">
                  <Anchor href={a.source} target="_blank" rel="noreferrer">
                    {a.source}
                  </Anchor>
                  {' · '}
                  <Anchor href={a.licenceUrl} target="_blank" rel="noreferrer">
                    {a.licence}
                  </Anchor>
                </Text>
              </div>
            ))}
          </Stack>
        </section>
        <section aria-labelledby="licences-packages">
          <Title order={3} size="h5" id="licences-packages" mb="xs">
            {t('about.packages', { count: packages.length })}
          </Title>
          {/* The list scrolls on its own: focusable, so the keyboard can scroll it too. */}
          <ScrollArea.Autosize
            mah={360}
            type="auto"
            viewportProps={{ tabIndex: 0, role: 'region', 'aria-labelledby': 'licences-packages' }}
          >
            <Table striped stickyHeader data-testid="licences-packages">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('about.package')}</Table.Th>
                  <Table.Th>{t('about.version')}</Table.Th>
                  <Table.Th>{t('about.licence')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {packages.map((p) => (
                  <Table.Tr key={`${p.name}@${p.version}`}>
                    <Table.Td>
                      {p.name}
                      {'note' in p && (
                        <Text size="xs" c="dimmed">
                          {p.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{p.version}</Table.Td>
                    <Table.Td>{p.licence}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </section>
        <Text size="sm" c="dimmed">
          {t('about.fullTexts')}
        </Text>
      </Stack>
    </Modal>
  );
}
