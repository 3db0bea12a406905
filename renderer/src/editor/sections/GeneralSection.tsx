import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../core/api/contract';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, AUDIENCES } from '../../../../core/api/schemas';
import { useCreateOption } from '../../common/createOption';
import { Section } from '../../common/Section';
import { OrganisationFormModal } from '../../organisations/OrganisationFormModal';
import type { ActivityForm } from '../activityForm';
import type { Vocab } from '../vocab';
import { DateField } from '../../common/DateField';
import { TranslatableField } from '../../common/Translatable';

export function GeneralSection({
  form,
  vocab,
  onOrganisationCreated,
}: {
  form: ActivityForm;
  vocab: Vocab;
  onOrganisationCreated: (organisation: Organisation) => void;
}) {
  const { t } = useTranslation();
  const values = form.getValues();
  const organisations = vocab.organisations.map((o) => ({ value: o.id, label: o.name }));
  // "New organisation…" in either picker opens the organisation form; the new one is picked there.
  const [creating, setCreating] = useState<{ name: string; into: 'organisationId' | 'controllerIds' } | null>(null);
  const offer = (into: 'organisationId' | 'controllerIds') => (name: string) => setCreating({ name, into });
  const newLabel = (typed: string) =>
    typed ? t('pickers.newOrganisationNamed', { name: typed }) : t('pickers.newOrganisation');
  const createOwner = useCreateOption(organisations, newLabel, offer('organisationId'));
  const createController = useCreateOption(organisations, newLabel, offer('controllerIds'));
  const enumOptions = (group: string, list: readonly string[]) =>
    list.map((v) => ({ value: v, label: t(`labels:${group}.${v}`) }));
  return (
    <Section id="general" title={t('editor.section.general')} reference="Art. 30(1)(a), 30(2)(a)">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TranslatableField
          form={form}
          path="name"
          kind="input"
          label={t('labels:field.name')}
          extra={{ withAsterisk: true, style: { gridColumn: 'span 2' } }}
        />
        <TextInput label={t('labels:field.reference')} placeholder="HR-01" {...form.getInputProps('reference')} />
        <Select
          withAsterisk
          label={t('labels:field.organisation')}
          allowDeselect={false}
          {...form.getInputProps('organisationId')}
          {...createOwner.pickerProps}
          data={createOwner.data(organisations)}
          onChange={(id: string | null) => {
            if (id && createOwner.without([id]).length) form.setFieldValue('organisationId', id);
          }}
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
            style={{ gridColumn: 'span 3' }}
            {...form.getInputProps('controllerIds')}
            {...createController.pickerProps}
            data={createController.data(organisations)}
            onChange={(ids: string[]) => form.setFieldValue('controllerIds', createController.without(ids))}
          />
        )}
        <TextInput label={t('labels:field.department')} {...form.getInputProps('department')} />
        <TextInput label={t('labels:field.owner')} {...form.getInputProps('owner')} />
        <DateField
          label={t('labels:field.endDate')}
          description={t('editor.endDateHint')}
          {...form.getInputProps('endDate')}
        />
        <MultiSelect
          label={t('labels:field.audiences')}
          description={t('editor.audiencesHint')}
          style={{ gridColumn: 'span 3' }}
          data={enumOptions('audience', AUDIENCES)}
          {...form.getInputProps('audiences')}
        />
      </SimpleGrid>
      <TranslatableField
        form={form}
        path="description"
        kind="textarea"
        label={t('labels:field.description')}
        extra={{ autosize: true, minRows: 2, maxRows: 8 }}
      />
      {creating && (
        <OrganisationFormModal
          organisation={null}
          initialName={creating.name}
          onClose={() => setCreating(null)}
          onSaved={(organisation) => {
            const into = creating.into;
            setCreating(null);
            onOrganisationCreated(organisation);
            if (into === 'organisationId') form.setFieldValue('organisationId', organisation.id);
            else form.setFieldValue('controllerIds', [...form.getValues().controllerIds, organisation.id]);
          }}
        />
      )}
    </Section>
  );
}
