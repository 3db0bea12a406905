import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Term } from '../../../../core/api/contract';
import { Section } from '../../common/Section';
import type { ActivityForm } from '../activityForm';
import { TermMultiSelect } from '../TermMultiSelect';
import { termsOf, type Vocab } from '../vocab';

/** Whose data and which data (Art. 30(1)(c)), picked from the register's vocabularies. */
export function DataSection({
  form,
  vocab,
  onTermCreated,
}: {
  form: ActivityForm;
  vocab: Vocab;
  onTermCreated: (t: Term) => void;
}) {
  const { t } = useTranslation();
  const values = form.getValues();
  return (
    <Section id="data" title={t('editor.section.data')} reference="Art. 30(1)(c)">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TermMultiSelect
          kind="data_subject"
          label={t('labels:field.dataSubjects')}
          terms={termsOf(vocab, 'data_subject')}
          value={values.dataSubjectIds}
          error={form.errors.dataSubjectIds}
          onChange={(ids) => form.setFieldValue('dataSubjectIds', ids)}
          onCreated={onTermCreated}
        />
        <TermMultiSelect
          kind="data_category"
          label={t('labels:field.dataCategories')}
          terms={termsOf(vocab, 'data_category')}
          value={values.dataCategoryIds}
          error={form.errors.dataCategoryIds}
          onChange={(ids) => form.setFieldValue('dataCategoryIds', ids)}
          onCreated={onTermCreated}
        />
      </SimpleGrid>
    </Section>
  );
}
