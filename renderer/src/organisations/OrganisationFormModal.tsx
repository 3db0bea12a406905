import { Divider, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../core/api/contract';
import { ORGANISATION_KINDS, organisationFields, type OrganisationFields } from '../../../core/api/schemas';
import { ropa } from '../api';
import { countryProps, CountrySelect } from '../common/CountrySelect';
import { FormModal } from '../common/FormModal';
import { missingCounts, TextLanguages, TranslatableField, useRegisterLanguages } from '../common/Translatable';
import { useRecordForm } from '../common/useRecordForm';

const blank = (): OrganisationFields => ({
  kind: 'own',
  name: '',
  enterpriseNumber: '',
  address: '',
  country: '',
  email: '',
  phone: '',
  website: '',
  representativeName: '',
  representativeContact: '',
  dpoName: '',
  dpoEmail: '',
  dpoPhone: '',
  dpoAddress: '',
  notes: '',
  translations: {},
});

/** The identity Art. 30(1)(a) asks for: the organisation, its EU representative and its DPO. */
export function OrganisationFormModal({
  organisation,
  initialName = '',
  onClose,
  onSaved,
}: {
  organisation: Organisation | null;
  /** For a new organisation: what was typed in the picker that offered to create it. */
  initialName?: string;
  onClose: () => void;
  onSaved: (saved: Organisation) => void;
}) {
  const { t } = useTranslation();
  const api = { create: (f: OrganisationFields) => ropa().createOrganisation(f), update: ropa().updateOrganisation };
  const { form, save, busy, error } = useRecordForm(
    organisationFields,
    { ...blank(), name: initialName },
    organisation,
    api,
    onSaved,
  );
  const f = (key: keyof OrganisationFields) => form.getInputProps(key);
  const languages = useRegisterLanguages();
  const heading = (text: string) => (
    <Divider
      label={
        <Text size="sm" fw={600} c="dark">
          {text}
        </Text>
      }
      labelPosition="left"
    />
  );
  return (
    <FormModal
      opened
      size="xl"
      title={t(organisation ? 'organisations.editTitle' : 'organisations.newTitle')}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void save()}
    >
      <TextLanguages
        languages={languages}
        missing={missingCounts([{ values: form.getValues(), fields: ['address'] }], languages)}
        key={languages.primary + languages.further.join()}
      >
        <Stack gap="sm">
          <SegmentedControl
            data={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`labels:organisationKind.${k}`) }))}
            {...f('kind')}
          />
          <SimpleGrid cols={2}>
            <TextInput data-autofocus withAsterisk label={t('organisations.name')} {...f('name')} />
            <TextInput label={t('labels:field.enterpriseNumber')} {...f('enterpriseNumber')} />
            <TranslatableField
              form={form}
              path="address"
              kind="textarea"
              label={t('labels:field.address')}
              extra={{ autosize: true, minRows: 2 }}
            />
            <CountrySelect label={t('labels:field.country')} {...countryProps(form, 'country')} />
            <TextInput label={t('labels:field.email')} {...f('email')} />
            <TextInput label={t('labels:field.phone')} {...f('phone')} />
            <TextInput label={t('organisations.website')} {...f('website')} />
          </SimpleGrid>
          {heading(t('labels:field.dpo'))}
          <SimpleGrid cols={2}>
            <TextInput label={t('organisations.dpoName')} {...f('dpoName')} />
            <TextInput label={t('organisations.dpoEmail')} {...f('dpoEmail')} />
            <TextInput label={t('organisations.dpoPhone')} {...f('dpoPhone')} />
            <TextInput label={t('organisations.dpoAddress')} {...f('dpoAddress')} />
          </SimpleGrid>
          {heading(t('labels:field.representative'))}
          <SimpleGrid cols={2}>
            <TextInput
              label={t('organisations.representativeName')}
              description={t('organisations.representativeHint')}
              {...f('representativeName')}
            />
            <TextInput label={t('organisations.representativeContact')} {...f('representativeContact')} />
          </SimpleGrid>
          <Textarea label={t('labels:field.notes')} autosize minRows={2} {...f('notes')} />
        </Stack>
      </TextLanguages>
    </FormModal>
  );
}
