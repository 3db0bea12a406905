import { MultiSelect, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES } from '../../../../core/api/schemas';
import { Section } from '../../common/Section';
import type { ActivityForm } from '../activityForm';
import type { Vocab } from '../vocab';

export function GeneralSection({ form, vocab }: { form: ActivityForm; vocab: Vocab }) {
  const { t } = useTranslation();
  const values = form.getValues();
  const organisations = vocab.organisations.map((o) => ({ value: o.id, label: o.name }));
  const enumOptions = (group: string, list: readonly string[]) =>
    list.map((v) => ({ value: v, label: t(`labels:${group}.${v}`) }));
  return (
    <Section id="general" title={t('editor.section.general')} reference="Art. 30(1)(a), 30(2)(a)">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput
          withAsterisk
          label={t('labels:field.name')}
          style={{ gridColumn: 'span 2' }}
          {...form.getInputProps('name')}
        />
        <TextInput label={t('labels:field.reference')} placeholder="HR-01" {...form.getInputProps('reference')} />
        <Select
          withAsterisk
          label={t('labels:field.organisation')}
          data={organisations}
          allowDeselect={false}
          {...form.getInputProps('organisationId')}
        />
        <Select
          label={t('labels:field.role')}
          data={enumOptions('role', ACTIVITY_ROLES)}
          allowDeselect={false}
          {...form.getInputProps('role')}
        />
        <Select
          label={t('labels:field.status')}
          data={enumOptions('status', ACTIVITY_STATUSES)}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
        {values.role === 'processor' && (
          <MultiSelect
            label={t('labels:field.controllers')}
            description={t('editor.controllersHint')}
            data={organisations}
            searchable
            style={{ gridColumn: 'span 3' }}
            {...form.getInputProps('controllerIds')}
          />
        )}
        <TextInput label={t('labels:field.department')} {...form.getInputProps('department')} />
        <TextInput label={t('labels:field.owner')} {...form.getInputProps('owner')} />
        <DateInput
          label={t('labels:field.endDate')}
          description={t('editor.endDateHint')}
          valueFormat="YYYY-MM-DD"
          clearable
          {...form.getInputProps('endDate')}
        />
      </SimpleGrid>
      <Textarea
        label={t('labels:field.description')}
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps('description')}
      />
    </Section>
  );
}
