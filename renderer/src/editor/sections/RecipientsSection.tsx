import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../common/Section';
import type { ActivityForm } from '../activityForm';
import { TransfersEditor } from '../TransfersEditor';
import type { Vocab } from '../vocab';

/** Who receives the data (Art. 30(1)(d)) and what leaves the EEA (Art. 30(1)(e)). */
export function RecipientsSection({ form, vocab }: { form: ActivityForm; vocab: Vocab }) {
  const { t } = useTranslation();
  const options = vocab.recipients.map((r) => ({
    value: r.id,
    label: `${r.name} (${t(`labels:recipientKind.${r.kind}`)})`,
  }));
  return (
    <Section id="recipients" title={t('editor.section.recipients')} reference="Art. 30(1)(d), 30(1)(e)">
      <MultiSelect
        label={t('labels:field.recipients')}
        description={t('editor.recipientsHint')}
        data={options}
        searchable
        clearable
        hidePickedOptions
        nothingFoundMessage={t('editor.noRecipientFound')}
        {...form.getInputProps('recipientIds')}
      />
      <TransfersEditor form={form} recipients={vocab.recipients} />
    </Section>
  );
}
