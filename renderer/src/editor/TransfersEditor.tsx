import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isEea } from '../../../core/api/countries';
import type { Recipient } from '../../../core/api/contract';
import { SAFEGUARDS, type ActivityFields } from '../../../core/api/schemas';
import { countryProps, CountrySelect } from '../common/CountrySelect';
import { useCreateOption } from '../common/createOption';
import { TranslatableField } from '../common/Translatable';
import { RecipientFormModal } from '../recipients/RecipientFormModal';
import { blankTransfer, type ActivityForm } from './activityForm';

/**
 * A transfer names one of the activity's own recipients: the register would otherwise say data goes
 * abroad to someone its recipients list does not know. The rows that do not, counted for Save.
 */
export const unlistedTransfers = (fields: ActivityFields): number =>
  fields.transfers.filter((x) => x.recipientId !== null && !fields.recipientIds.includes(x.recipientId)).length;

/** Transfers to third countries: where to, to whom, and under which Chapter V safeguard. */
export function TransfersEditor({
  form,
  recipients,
  onRecipientCreated,
}: {
  form: ActivityForm;
  recipients: Recipient[];
  onRecipientCreated: (recipient: Recipient) => void;
}) {
  const { t } = useTranslation();
  const values = form.getValues();
  const safeguards = SAFEGUARDS.map((s) => ({ value: s, label: t(`labels:safeguard.${s}`) }));
  const addToRecipients = (id: string) => form.setFieldValue('recipientIds', [...form.getValues().recipientIds, id]);
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('labels:field.transfers')}
      </Text>
      {values.transfers.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('editor.noTransfers')}
        </Text>
      )}
      {values.transfers.map((transfer, i) => {
        const unlisted = transfer.recipientId !== null && !values.recipientIds.includes(transfer.recipientId);
        return (
          <Stack key={form.key(`transfers.${i}`)} gap={4} data-testid="transfer-row">
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <CountrySelect
                label={t('labels:field.country')}
                withAsterisk
                w={220}
                description={transfer.country && isEea(transfer.country) ? t('transfers.inEea') : undefined}
                {...countryProps(form, `transfers.${i}.country`)}
              />
              <TransferRecipient
                form={form}
                index={i}
                unlisted={unlisted}
                recipients={recipients}
                onCreated={(recipient) => {
                  onRecipientCreated(recipient);
                  form.setFieldValue('recipientIds', [...form.getValues().recipientIds, recipient.id]);
                  form.setFieldValue(`transfers.${i}.recipientId`, recipient.id);
                }}
              />
              <Select
                label={t('labels:field.safeguard')}
                withAsterisk
                placeholder={t('transfers.chooseSafeguard')}
                data={safeguards}
                w={300}
                allowDeselect={false}
                {...form.getInputProps(`transfers.${i}.safeguard`)}
              />
              <TranslatableField
                form={form}
                path={`transfers.${i}.safeguardDetails`}
                kind="input"
                label={t('labels:field.safeguardDetails')}
                extra={{ flex: 1 }}
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
            {unlisted && transfer.recipientId && (
              <Group gap="xs" data-testid="transfer-unlisted">
                <Text size="sm" c="red.8">
                  {t('transfers.notListed', {
                    name: recipients.find((r) => r.id === transfer.recipientId)?.name ?? transfer.recipientId,
                  })}
                </Text>
                <Button variant="light" size="compact-sm" onClick={() => addToRecipients(transfer.recipientId!)}>
                  {t('transfers.addToRecipients')}
                </Button>
              </Group>
            )}
          </Stack>
        );
      })}
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

/** The transfer's recipient, picked among all recipients, or created here ("New recipient…"). */
function TransferRecipient({
  form,
  index,
  unlisted,
  recipients,
  onCreated,
}: {
  form: ActivityForm;
  index: number;
  /** Marked invalid without a message of its own: the line under the row says why and offers the fix. */
  unlisted: boolean;
  recipients: Recipient[];
  onCreated: (recipient: Recipient) => void;
}) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState<string | null>(null);
  const options = recipients.map((r) => ({ value: r.id, label: r.name }));
  const create = useCreateOption(
    options,
    (typed) => (typed ? t('pickers.newRecipientNamed', { name: typed }) : t('pickers.newRecipient')),
    setCreating,
  );
  const path = `transfers.${index}.recipientId`;
  return (
    <>
      <Select
        label={t('labels:field.recipient')}
        clearable
        w={240}
        {...form.getInputProps(path)}
        error={form.errors[path] ?? (unlisted || undefined)}
        {...create.pickerProps}
        data={create.data(options)}
        onChange={(id: string | null) => {
          if (id !== null && create.without([id]).length === 0) return;
          form.setFieldValue(path, id);
        }}
      />
      {creating !== null && (
        <RecipientFormModal
          recipient={null}
          initialName={creating}
          onClose={() => setCreating(null)}
          onSaved={(recipient) => {
            setCreating(null);
            onCreated(recipient);
          }}
        />
      )}
    </>
  );
}
