import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../core/api/contract';
import { RECIPIENT_KINDS, recipientFields, SAFEGUARDS, type RecipientFields } from '../../../core/api/schemas';
import { ropa } from '../api';
import { countryProps, CountrySelect } from '../common/CountrySelect';
import { FormModal } from '../common/FormModal';
import { useRecordForm } from '../common/useRecordForm';
import { DateField } from '../common/DateField';
import { missingCounts, TextLanguages, TranslatableField, useRegisterLanguages } from '../common/Translatable';

const blank = (): RecipientFields => ({
  name: '',
  kind: 'processor',
  country: '',
  contact: '',
  dpaSignedOn: null,
  dpaLink: '',
  transferMechanism: null,
  notes: '',
  translations: {},
});

export function RecipientFormModal({
  recipient,
  initialName = '',
  onClose,
  onSaved,
}: {
  recipient: Recipient | null;
  /** For a new recipient: what was typed in the picker that offered to create it. */
  initialName?: string;
  onClose: () => void;
  onSaved: (saved: Recipient) => void;
}) {
  const { t } = useTranslation();
  const api = { create: (f: RecipientFields) => ropa().createRecipient(f), update: ropa().updateRecipient };
  const { form, save, busy, error } = useRecordForm(
    recipientFields,
    { ...blank(), name: initialName },
    recipient,
    api,
    onSaved,
  );
  const f = (key: keyof RecipientFields) => form.getInputProps(key);
  const languages = useRegisterLanguages();
  const values = form.getValues();
  return (
    <FormModal
      opened
      size="xl"
      title={t(recipient ? 'recipients.editTitle' : 'recipients.newTitle')}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void save()}
    >
      <TextLanguages
        languages={languages}
        missing={missingCounts([{ values, fields: ['name', 'notes'] }], languages)}
        key={languages.primary + languages.further.join()}
      >
        <SimpleGrid cols={2}>
          <TranslatableField
            form={form}
            path="name"
            kind="input"
            label={t('recipients.name')}
            extra={{ 'data-autofocus': true, withAsterisk: true }}
          />
          <Select
            withAsterisk
            label={t('labels:field.recipientKind')}
            data={RECIPIENT_KINDS.map((k) => ({ value: k, label: t(`labels:recipientKind.${k}`) }))}
            allowDeselect={false}
            {...f('kind')}
          />
          <CountrySelect label={t('labels:field.country')} {...countryProps(form, 'country')} />
          <Textarea label={t('labels:field.contact')} autosize minRows={1} {...f('contact')} />
          <DateField label={t('labels:field.dpaSignedOn')} {...f('dpaSignedOn')} />
          <TextInput label={t('labels:field.dpaLink')} placeholder={t('editor.linkPlaceholder')} {...f('dpaLink')} />
          <Select
            label={t('labels:field.transferMechanism')}
            description={t('recipients.transferHint')}
            data={SAFEGUARDS.map((s) => ({ value: s, label: t(`labels:safeguard.${s}`) }))}
            clearable
            {...f('transferMechanism')}
          />
        </SimpleGrid>
        <TranslatableField
          form={form}
          path="notes"
          kind="textarea"
          label={t('labels:field.notes')}
          extra={{ autosize: true, minRows: 2 }}
        />
      </TextLanguages>
    </FormModal>
  );
}
