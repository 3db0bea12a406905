import { Checkbox, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ART9_ARTICLE, LEGAL_BASIS_ARTICLE } from '../../../../core/api/labels';
import { ART9_CONDITIONS, LEGAL_BASES } from '../../../../core/api/schemas';
import { Section } from '../../common/Section';
import type { ActivityForm } from '../activityForm';

/** Why the data is processed and on which grounds (Art. 6, 9, 10). */
export function PurposeSection({ form }: { form: ActivityForm }) {
  const { t } = useTranslation();
  const values = form.getValues();
  const legal = form.getInputProps('legalBases');
  return (
    <Section id="purposes" title={t('editor.section.purposes')} reference="Art. 30(1)(b), Art. 6, 9, 10">
      <TagsInput
        label={t('labels:field.purposes')}
        description={t('editor.listHint')}
        {...form.getInputProps('purposes')}
      />
      <Checkbox.Group label={t('labels:field.legalBases')} {...legal}>
        <SimpleGrid cols={{ base: 1, md: 3 }} mt={6} spacing={6}>
          {LEGAL_BASES.map((b) => (
            <Checkbox
              key={b}
              value={b}
              label={
                <Stack gap={0}>
                  <Text size="sm">{t(`labels:legalBasis.${b}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {LEGAL_BASIS_ARTICLE[b]}
                  </Text>
                </Stack>
              }
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {values.legalBases.includes('legitimate_interests') && (
        <Textarea
          label={t('labels:field.legitimateInterest')}
          description={t('editor.legitimateInterestHint')}
          autosize
          minRows={2}
          {...form.getInputProps('legitimateInterest')}
        />
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Select
          label={t('labels:field.art9Condition')}
          placeholder={t('editor.art9None')}
          data={ART9_CONDITIONS.map((c) => ({ value: c, label: `${ART9_ARTICLE[c]} — ${t(`labels:art9.${c}`)}` }))}
          clearable
          {...form.getInputProps('art9Condition')}
        />
        <TextInput
          label={t('labels:field.art10Basis')}
          placeholder={t('editor.art10None')}
          {...form.getInputProps('art10Basis')}
        />
      </SimpleGrid>
      <TagsInput
        label={t('labels:field.sources')}
        description={t('editor.listHint')}
        {...form.getInputProps('sources')}
      />
    </Section>
  );
}
