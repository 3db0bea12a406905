import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../core/contract';
import type { ActivityFields } from '../../../core/schemas';
import { useLanguage } from '../language';
import { describeField, differingFields, FIELD_LABEL } from './describeField';
import type { Vocab } from './vocab';

interface Props {
  /** The version I started from, my unsaved fields, and the version someone else saved meanwhile. */
  base: ActivityFields;
  mine: ActivityFields;
  theirs: Activity;
  theirFields: ActivityFields;
  vocab: Vocab;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onClose: () => void;
}

/** Someone else saved first: show what they changed next to my value, and let me choose. */
export function ConflictModal({ base, mine, theirs, theirFields, vocab, onKeepMine, onTakeTheirs, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const changed = differingFields(base, theirFields);
  const none = t('conflict.empty');
  return (
    <Modal opened onClose={onClose} title={t('conflict.title')} size="xl">
      <Stack>
        <Alert color="orange" variant="light">
          {t('conflict.explain', { author: theirs.updatedBy, at: theirs.updatedAt.slice(0, 16).replace('T', ' '), version: theirs.version })}
        </Alert>
        <Table withTableBorder striped data-testid="conflict-fields">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">{t('conflict.field')}</Table.Th>
              <Table.Th>{t('conflict.theirs', { author: theirs.updatedBy })}</Table.Th>
              <Table.Th>{t('conflict.mine')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changed.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text size="sm" c="dimmed">
                    {t('conflict.noFieldChanges')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {changed.map((key) => (
              <Table.Tr key={key}>
                <Table.Td fw={500}>{t(`labels:field.${FIELD_LABEL[key]}`)}</Table.Td>
                <Table.Td>{describeField(key, theirFields, vocab, t, lang) || none}</Table.Td>
                <Table.Td>{describeField(key, mine, vocab, t, lang) || none}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed">
          {t('conflict.choose')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onTakeTheirs}>
            {t('conflict.takeTheirs')}
          </Button>
          <Button color="orange" onClick={onKeepMine}>
            {t('conflict.keepMine')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
