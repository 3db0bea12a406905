import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Term } from '../../../../core/api/contract';
import { DPIA_STATES } from '../../../../core/api/schemas';
import { Section } from '../../common/Section';
import { TranslatableField } from '../../common/Translatable';
import type { ActivityForm } from '../activityForm';
import { TermMultiSelect } from '../TermMultiSelect';
import { termsOf, type Vocab } from '../vocab';

/** Technical and organisational measures (Art. 30(1)(g), Art. 32) and the DPIA (Art. 35). */
export function SecuritySection({
  form,
  vocab,
  onTermCreated,
}: {
  form: ActivityForm;
  vocab: Vocab;
  onTermCreated: (t: Term) => void;
}) {
  const { t } = useTranslation();
  return (
    <Section id="security" title={t('editor.section.security')} reference="Art. 30(1)(g), Art. 32, Art. 35">
      <TermMultiSelect
        kind="security_measure"
        label={t('labels:field.securityMeasures')}
        terms={termsOf(vocab, 'security_measure')}
        value={form.getValues().securityMeasureIds}
        error={form.errors.securityMeasureIds}
        onChange={(ids) => form.setFieldValue('securityMeasureIds', ids)}
        onCreated={onTermCreated}
      />
      <TranslatableField
        form={form}
        path="securityDescription"
        kind="textarea"
        label={t('labels:field.securityDescription')}
        extra={{ autosize: true, minRows: 2, maxRows: 8 }}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Select
          label={t('labels:field.dpia')}
          data={DPIA_STATES.map((d) => ({ value: d, label: t(`labels:dpia.${d}`) }))}
          allowDeselect={false}
          {...form.getInputProps('dpia')}
        />
        <TextInput
          label={t('labels:field.dpiaLink')}
          placeholder={t('editor.linkPlaceholder')}
          {...form.getInputProps('dpiaLink')}
        />
      </SimpleGrid>
    </Section>
  );
}
