import { Checkbox, Group, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Term } from '../../../core/api/contract';
import { termFields, type TermFields, type TermKind } from '../../../core/api/schemas';
import { ropa } from '../api';
import { FormModal } from '../common/FormModal';
import { useRecordForm } from '../common/useRecordForm';
import { termCode } from './termCode';

const blankTerm = (kind: TermKind, labelEn = ''): TermFields => ({
  kind,
  code: termCode(labelEn),
  labelEn,
  labelNl: '',
  labelFr: '',
  labelDe: '',
  description: '',
  special: false,
  criminal: false,
});

/** Creating a term (from the vocabularies screen or inline in the activity editor) or editing one. */
export function TermFormModal({
  kind,
  term,
  initialLabel,
  onClose,
  onSaved,
}: {
  kind: TermKind;
  term?: Term;
  initialLabel?: string;
  onClose: () => void;
  onSaved: (t: Term) => void;
}) {
  const { t } = useTranslation();
  const api = { create: (f: TermFields) => ropa().createTerm(f), update: ropa().updateTerm };
  const { form, save, busy, error } = useRecordForm(termFields, blankTerm(kind, initialLabel), term, api, onSaved);
  // The code follows the English label until the user edits the code itself.
  const [codeTouched, setCodeTouched] = useState(!!term);
  const label = form.getInputProps('labelEn');
  return (
    <FormModal
      opened
      title={t(term ? 'terms.editTitle' : 'terms.newTitle', { kind: t(`labels:termKind.${kind}`) })}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void save()}
    >
      <TextInput
        data-autofocus
        withAsterisk
        label={t('terms.labelEn')}
        {...label}
        onChange={(e) => {
          const value = e.currentTarget.value;
          form.setFieldValue('labelEn', value);
          if (!codeTouched) form.setFieldValue('code', termCode(value));
        }}
      />
      <TextInput
        withAsterisk
        label={t('terms.code')}
        description={t('terms.codeHint')}
        {...form.getInputProps('code')}
        onChange={(e) => {
          setCodeTouched(true);
          form.setFieldValue('code', e.currentTarget.value);
        }}
      />
      <SimpleGrid cols={3}>
        <TextInput label={t('terms.labelNl')} {...form.getInputProps('labelNl')} />
        <TextInput label={t('terms.labelFr')} {...form.getInputProps('labelFr')} />
        <TextInput label={t('terms.labelDe')} {...form.getInputProps('labelDe')} />
      </SimpleGrid>
      <Textarea label={t('terms.description')} autosize minRows={2} {...form.getInputProps('description')} />
      {kind === 'data_category' && (
        <Group>
          <Checkbox label={t('terms.special')} {...form.getInputProps('special', { type: 'checkbox' })} />
          <Checkbox label={t('terms.criminal')} {...form.getInputProps('criminal', { type: 'checkbox' })} />
        </Group>
      )}
    </FormModal>
  );
}
