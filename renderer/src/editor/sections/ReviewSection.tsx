import { SimpleGrid, Switch, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../common/Section';
import type { ActivityForm } from '../activityForm';
import { DateField } from '../../common/DateField';

/** Automated decisions (Art. 22), the next review and free notes. */
export function ReviewSection({ form }: { form: ActivityForm }) {
  const { t } = useTranslation();
  const automated = form.getValues().automatedDecision;
  return (
    <Section id="review" title={t('editor.section.review')} reference="Art. 22, Art. 24(1)">
      <Switch
        label={t('labels:field.automatedDecision')}
        {...form.getInputProps('automatedDecision', { type: 'checkbox' })}
      />
      {automated && (
        <Textarea
          label={t('labels:field.automatedDecisionDetails')}
          autosize
          minRows={2}
          {...form.getInputProps('automatedDecisionDetails')}
        />
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <DateField
          label={t('labels:field.reviewDate')}
          description={t('editor.reviewHint')}
          {...form.getInputProps('reviewDate')}
        />
      </SimpleGrid>
      <Textarea label={t('labels:field.notes')} autosize minRows={2} maxRows={10} {...form.getInputProps('notes')} />
    </Section>
  );
}
