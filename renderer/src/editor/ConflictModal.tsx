import { Alert, Button, Group, Modal, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../core/api/contract';
import type { ActivityFields } from '../../../core/api/schemas';
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
  /** Saves mine with, for each field they changed, the side chosen in its row. */
  onSaveChoices: (merged: ActivityFields) => void;
  onClose: () => void;
}

/** Someone else saved first: show what they changed next to my value, and let me choose. */
export function ConflictModal({
  base,
  mine,
  theirs,
  theirFields,
  vocab,
  onKeepMine,
  onTakeTheirs,
  onSaveChoices,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const changed = differingFields(base, theirFields);
  // Where I left their field as it was, theirs is the obvious pick; where we both changed it, mine.
  const [choice, setChoice] = useState(() =>
    Object.fromEntries(
      changed.map((k) => [k, JSON.stringify(mine[k]) === JSON.stringify(base[k]) ? 'theirs' : 'mine']),
    ),
  );
  const merged = (): ActivityFields => ({
    ...mine,
    ...Object.fromEntries(changed.filter((k) => choice[k] === 'theirs').map((k) => [k, theirFields[k]])),
  });
  const none = t('conflict.empty');
  return (
    <Modal opened onClose={onClose} title={t('conflict.title')} size="xl">
      <Stack>
        <Alert color="orange" variant="light">
          {t('conflict.explain', {
            author: theirs.updatedBy,
            at: theirs.updatedAt,
            version: theirs.version,
          })}
        </Alert>
        <Table withTableBorder striped data-testid="conflict-fields">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">{t('conflict.field')}</Table.Th>
              <Table.Th>{t('conflict.theirs', { author: theirs.updatedBy })}</Table.Th>
              <Table.Th>{t('conflict.mine')}</Table.Th>
              <Table.Th w={170}>{t('sharing.keep')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changed.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
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
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    aria-label={t('sharing.keepField', { field: t(`labels:field.${FIELD_LABEL[key]}`) })}
                    value={choice[key] ?? 'mine'}
                    onChange={(v) => setChoice((c) => ({ ...c, [key]: v }))}
                    data={[
                      { value: 'theirs', label: t('sharing.pickTheirs') },
                      { value: 'mine', label: t('sharing.pickMine') },
                    ]}
                  />
                </Table.Td>
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
          {changed.length > 0 && <Button onClick={() => onSaveChoices(merged())}>{t('sharing.saveChoices')}</Button>}
        </Group>
      </Stack>
    </Modal>
  );
}
