import { Group, NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Cookie } from '../../../core/api/contract';
import { cookieLabels } from '../../../core/api/cookie-labels';
import {
  COOKIE_EXPIRIES,
  COOKIE_EXPIRY_UNITS,
  COOKIE_KINDS,
  COOKIE_PARTIES,
  cookieFields,
  type CookieExpiry,
  type CookieFields,
} from '../../../core/api/schemas';
import { ropa } from '../api';
import { FormModal } from '../common/FormModal';
import { missingCounts, TextLanguages, TranslatableField, useRegisterLanguages } from '../common/Translatable';
import { useRecordForm } from '../common/useRecordForm';
import { termLabel } from '../editor/vocab';
import { useLanguage } from '../language';
import type { CookieVocab } from './cookieVocab';

const blank = (): CookieFields => ({
  name: '',
  domain: '',
  providerId: null,
  categoryId: null,
  purpose: '',
  expiry: null,
  expiryValue: null,
  expiryUnit: null,
  kind: 'http_cookie',
  party: 'first',
  activityId: null,
  notes: '',
  translations: {},
});

/** A cookie's form, validated by the contract's own schema (cookieFields). */
export function CookieFormModal({
  cookie,
  vocab,
  onClose,
  onSaved,
}: {
  cookie: Cookie | null;
  vocab: CookieVocab;
  onClose: () => void;
  onSaved: (saved: Cookie) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const L = cookieLabels(lang);
  const api = { create: (f: CookieFields) => ropa().createCookie(f), update: ropa().updateCookie };
  const { form, save, busy, error } = useRecordForm(cookieFields, blank(), cookie, api, onSaved);
  const f = (key: keyof CookieFields) => form.getInputProps(key);
  const languages = useRegisterLanguages();
  const values = form.getValues();
  const expiryValue = f('expiryValue');
  const setExpiry = (v: string | null) => {
    form.setFieldValue('expiry', v as CookieExpiry | null);
    if (v !== 'duration') {
      form.setFieldValue('expiryValue', null);
      form.setFieldValue('expiryUnit', null);
    }
  };
  return (
    <FormModal
      opened
      size="xl"
      title={t(cookie ? 'cookies.editTitle' : 'cookies.newTitle')}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void save()}
    >
      <TextLanguages
        languages={languages}
        missing={missingCounts([{ values, fields: ['purpose'] }], languages)}
        key={languages.primary + languages.further.join()}
      >
        <SimpleGrid cols={2}>
          <TextInput label={L.field.name} data-autofocus withAsterisk {...f('name')} />
          <TextInput label={L.field.domain} {...f('domain')} />
          <Select
            label={L.field.provider}
            description={t('cookies.providerHint')}
            placeholder={L.us}
            data={vocab.recipients.map((r) => ({ value: r.id, label: r.name }))}
            clearable
            searchable
            {...f('providerId')}
          />
          <Select
            label={L.field.category}
            data={vocab.categories.map((c) => ({ value: c.id, label: termLabel(c, lang) }))}
            clearable
            {...f('categoryId')}
          />
          <Select
            label={L.field.kind}
            data={COOKIE_KINDS.map((k) => ({ value: k, label: L.kind[k] }))}
            allowDeselect={false}
            {...f('kind')}
          />
          <Select
            label={L.field.party}
            data={COOKIE_PARTIES.map((p) => ({ value: p, label: L.party[p] }))}
            allowDeselect={false}
            {...f('party')}
          />
        </SimpleGrid>
        <Group align="flex-start" grow>
          <Select
            label={L.field.expiry}
            placeholder={L.unknown}
            data={COOKIE_EXPIRIES.map((e) => ({ value: e, label: t(`cookies.expiry.${e}`) }))}
            clearable
            {...f('expiry')}
            onChange={setExpiry}
          />
          {values.expiry === 'duration' && (
            <>
              <NumberInput
                label={t('cookies.expiryValue')}
                min={1}
                max={100_000}
                allowDecimal={false}
                {...expiryValue}
                value={(expiryValue.value as number | null) ?? ''}
                onChange={(v) => form.setFieldValue('expiryValue', typeof v === 'number' ? v : null)}
              />
              <Select
                label={t('cookies.expiryUnit')}
                data={COOKIE_EXPIRY_UNITS.map((u) => ({ value: u, label: L.unit[u].other }))}
                {...f('expiryUnit')}
              />
            </>
          )}
        </Group>
        <TranslatableField
          form={form}
          path="purpose"
          kind="textarea"
          label={L.field.purpose}
          extra={{ autosize: true, minRows: 2 }}
        />
        <Select
          label={L.field.activity}
          description={t('cookies.activityHint')}
          data={vocab.activities.map((a) => ({
            value: a.id,
            label: a.reference ? `${a.reference} ${a.name}` : a.name,
          }))}
          clearable
          searchable
          {...f('activityId')}
        />
        <Textarea label={t('labels:field.notes')} autosize minRows={2} {...f('notes')} />
      </TextLanguages>
    </FormModal>
  );
}
