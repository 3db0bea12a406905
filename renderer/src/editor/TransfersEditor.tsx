import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../core/api/contract';
import { SAFEGUARDS } from '../../../core/api/schemas';
import { blankTransfer, type ActivityForm } from './activityForm';

/** Transfers to third countries: where to, to whom, and under which Chapter V safeguard. */
export function TransfersEditor({ form, recipients }: { form: ActivityForm; recipients: Recipient[] }) {
  const { t } = useTranslation();
  const transfers = form.getValues().transfers;
  const safeguards = SAFEGUARDS.map((s) => ({ value: s, label: t(`labels:safeguard.${s}`) }));
  const recipientOptions = recipients.map((r) => ({ value: r.id, label: r.name }));
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('labels:field.transfers')}
      </Text>
      {transfers.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('editor.noTransfers')}
        </Text>
      )}
      {transfers.map((_, i) => (
        <Group key={form.key(`transfers.${i}`)} align="flex-start" gap="xs" wrap="nowrap" data-testid="transfer-row">
          <TextInput
            label={t('labels:field.country')}
            placeholder="US"
            w={90}
            maxLength={2}
            {...form.getInputProps(`transfers.${i}.country`)}
            onChange={(e) => form.setFieldValue(`transfers.${i}.country`, e.currentTarget.value.toUpperCase())}
          />
          <Select
            label={t('labels:field.recipient')}
            data={recipientOptions}
            clearable
            w={220}
            {...form.getInputProps(`transfers.${i}.recipientId`)}
          />
          <Select
            label={t('labels:field.safeguard')}
            data={safeguards}
            w={300}
            allowDeselect={false}
            {...form.getInputProps(`transfers.${i}.safeguard`)}
          />
          <TextInput
            label={t('labels:field.safeguardDetails')}
            flex={1}
            {...form.getInputProps(`transfers.${i}.safeguardDetails`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={26}
            aria-label={t('editor.removeTransfer')}
            onClick={() => form.removeListItem('transfers', i)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="light"
        size="xs"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() => form.insertListItem('transfers', blankTransfer())}
      >
        {t('editor.addTransfer')}
      </Button>
    </Stack>
  );
}
