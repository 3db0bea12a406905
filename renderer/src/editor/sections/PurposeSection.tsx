import { ActionIcon, Button, Chip, Group, MultiSelect, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ART9_ARTICLE, LEGAL_BASIS_ARTICLE } from '../../../../core/api/labels';
import { ART9_CONDITIONS, LEGAL_BASES, basesOf } from '../../../../core/api/schemas';
import { Section } from '../../common/Section';
import { TranslatableField } from '../../common/Translatable';
import { blankPurpose, type ActivityForm } from '../activityForm';

/** One purpose with the legal bases it rests on, as chips, and the interest pursued when (f) is one of them. */
function PurposeRow({ form, index }: { form: ActivityForm; index: number }) {
  const { t } = useTranslation();
  const purpose = form.getValues().purposes[index]!;
  const bases = form.getInputProps(`purposes.${index}.legalBases`);
  return (
    <Paper withBorder p="sm" data-testid="purpose-row">
      <Stack gap="xs">
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TranslatableField
            form={form}
            path={`purposes.${index}.text`}
            kind="textarea"
            label={t('editor.purposeText', { n: index + 1 })}
            extra={{ autosize: true, minRows: 1, flex: 1 }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={26}
            aria-label={t('editor.removePurpose')}
            onClick={() => form.removeListItem('purposes', index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
        <div role="group" aria-label={t('editor.purposeBases', { n: index + 1 })}>
          <Text size="sm" fw={500} mb={4}>
            {t('labels:field.legalBases')}
          </Text>
          <Chip.Group multiple {...bases}>
            <Group gap={6}>
              {LEGAL_BASES.map((b) => (
                <Tooltip key={b} label={LEGAL_BASIS_ARTICLE[b]} openDelay={300}>
                  <Chip value={b} size="xs" data-testid={`basis-${b}`}>
                    {t(`labels:legalBasis.${b}`)}
                  </Chip>
                </Tooltip>
              ))}
            </Group>
          </Chip.Group>
          {typeof bases.error === 'string' && (
            <Text size="xs" c="red">
              {bases.error}
            </Text>
          )}
        </div>
        {purpose.legalBases.includes('legitimate_interests') && (
          <TranslatableField
            form={form}
            path={`purposes.${index}.legitimateInterest`}
            kind="textarea"
            label={t('labels:field.legitimateInterest')}
            description={t('editor.legitimateInterestHint')}
            extra={{ autosize: true, minRows: 2 }}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** Why the data is processed and on which grounds (Art. 6, 9, 10): each purpose beside its own legal bases. */
export function PurposeSection({ form }: { form: ActivityForm }) {
  const { t } = useTranslation();
  const values = form.getValues();
  const union = basesOf(values.purposes);
  return (
    <Section id="purposes" title={t('editor.section.purposes')} reference="Art. 30(1)(b), Art. 6, 9, 10">
      <Stack gap="xs">
        <Text fw={500} size="sm">
          {t('labels:field.purposes')}
        </Text>
        {values.purposes.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('editor.noPurposes')}
          </Text>
        )}
        {values.purposes.map((_, i) => (
          <PurposeRow key={form.key(`purposes.${i}`)} form={form} index={i} />
        ))}
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('purposes', blankPurpose())}
        >
          {t('editor.addPurpose')}
        </Button>
        {union.length > 0 && (
          <Text size="xs" c="dimmed" data-testid="bases-union">
            {t('editor.basesUnion')}: {union.map((b) => t(`labels:legalBasis.${b}`)).join(', ')}
          </Text>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <MultiSelect
          label={t('labels:field.art9Condition')}
          placeholder={values.art9Conditions.length === 0 ? t('editor.art9None') : undefined}
          data={ART9_CONDITIONS.map((c) => ({ value: c, label: `${ART9_ARTICLE[c]} — ${t(`labels:art9.${c}`)}` }))}
          searchable
          clearable
          {...form.getInputProps('art9Conditions')}
        />
        <TranslatableField
          form={form}
          path="art10Basis"
          kind="input"
          label={t('labels:field.art10Basis')}
          extra={{ placeholder: t('editor.art10None') }}
        />
      </SimpleGrid>
      <TranslatableField
        form={form}
        path="sources"
        kind="tags"
        label={t('labels:field.sources')}
        description={t('editor.listHint')}
      />
    </Section>
  );
}
