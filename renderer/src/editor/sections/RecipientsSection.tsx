import { MultiSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../../core/api/contract';
import { useCreateOption } from '../../common/createOption';
import { Section } from '../../common/Section';
import { RecipientFormModal } from '../../recipients/RecipientFormModal';
import type { ActivityForm } from '../activityForm';
import { TransfersEditor } from '../TransfersEditor';
import type { Vocab } from '../vocab';

/** Who receives the data (Art. 30(1)(d)) and what leaves the EEA (Art. 30(1)(e)). */
export function RecipientsSection({
  form,
  vocab,
  onRecipientCreated,
}: {
  form: ActivityForm;
  vocab: Vocab;
  onRecipientCreated: (recipient: Recipient) => void;
}) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState<string | null>(null);
  const options = vocab.recipients.map((r) => ({
    value: r.id,
    label: `${r.name} (${t(`labels:recipientKind.${r.kind}`)})`,
  }));
  const create = useCreateOption(
    options,
    (typed) => (typed ? t('pickers.newRecipientNamed', { name: typed }) : t('pickers.newRecipient')),
    setCreating,
  );
  const input = form.getInputProps('recipientIds');
  return (
    <Section id="recipients" title={t('editor.section.recipients')} reference="Art. 30(1)(d), 30(1)(e)">
      <MultiSelect
        label={t('labels:field.recipients')}
        description={t('editor.recipientsHint')}
        clearable
        hidePickedOptions
        {...input}
        {...create.pickerProps}
        data={create.data(options)}
        onChange={(ids: string[]) => form.setFieldValue('recipientIds', create.without(ids))}
      />
      <TransfersEditor form={form} recipients={vocab.recipients} onRecipientCreated={onRecipientCreated} />
      {creating !== null && (
        <RecipientFormModal
          recipient={null}
          initialName={creating}
          onClose={() => setCreating(null)}
          onSaved={(recipient) => {
            setCreating(null);
            onRecipientCreated(recipient);
            form.setFieldValue('recipientIds', [...form.getValues().recipientIds, recipient.id]);
          }}
        />
      )}
    </Section>
  );
}
