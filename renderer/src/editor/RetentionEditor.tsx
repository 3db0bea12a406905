import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Term } from '../../../core/api/contract';
import { DURATION_UNITS } from '../../../core/api/schemas';
import { TranslatableField } from '../common/Translatable';
import { useLanguage } from '../language';
import { blankRetention, type ActivityForm } from './activityForm';
import { termLabel } from './vocab';

/**
 * Retention rules: a period (number + unit) counted from a trigger, or a criterion, optionally
 * limited to one data category or one category of data subjects of this activity.
 */
export function RetentionEditor({ form, terms }: { form: ActivityForm; terms: Term[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const values = form.getValues();
  const options = (ids: string[]) =>
    terms.filter((term) => ids.includes(term.id)).map((term) => ({ value: term.id, label: termLabel(term, lang) }));
  const categories = options(values.dataCategoryIds);
  const subjects = options(values.dataSubjectIds);
  const units = DURATION_UNITS.map((u) => ({ value: u, label: t(`editor.unit.${u}`) }));
  return (
    <Stack gap="xs">
      {values.retention.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('editor.noRetention')}
        </Text>
      )}
      {values.retention.map((_, i) => {
        const value = form.getInputProps(`retention.${i}.durationValue`);
        return (
          <Stack
            key={form.key(`retention.${i}`)}
            gap={6}
            data-testid="retention-row"
            p="sm"
            bg="var(--mantine-color-gray-0)"
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          >
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <NumberInput
                label={t('labels:field.duration')}
                w={100}
                min={1}
                max={1000}
                allowDecimal={false}
                {...value}
                value={value.value ?? ''}
                onChange={(v) => form.setFieldValue(`retention.${i}.durationValue`, typeof v === 'number' ? v : null)}
              />
              <Select
                label={t('editor.unitLabel')}
                data={units}
                w={120}
                clearable
                allowDeselect={false}
                {...form.getInputProps(`retention.${i}.durationUnit`)}
              />
              <TranslatableField
                form={form}
                path={`retention.${i}.trigger`}
                kind="input"
                label={t('labels:field.trigger')}
                extra={{ placeholder: t('editor.triggerPlaceholder'), flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={26}
                aria-label={t('editor.removeRetention')}
                onClick={() => form.removeListItem('retention', i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            <Group align="flex-start" gap="xs" wrap="nowrap" pr={36}>
              <TranslatableField
                form={form}
                path={`retention.${i}.criterion`}
                kind="input"
                label={t('labels:field.criterion')}
                extra={{ placeholder: t('editor.criterionPlaceholder'), flex: 1 }}
              />
              <Select
                label={t('editor.scopeCategory')}
                placeholder={t('editor.scopeAll')}
                data={categories}
                clearable
                w={220}
                {...form.getInputProps(`retention.${i}.dataCategoryId`)}
              />
              <Select
                label={t('editor.scopeSubject')}
                placeholder={t('editor.scopeAll')}
                data={subjects}
                clearable
                w={220}
                {...form.getInputProps(`retention.${i}.dataSubjectId`)}
              />
            </Group>
          </Stack>
        );
      })}
      <Button
        variant="light"
        size="xs"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() => form.insertListItem('retention', blankRetention())}
      >
        {t('editor.addRetention')}
      </Button>
    </Stack>
  );
}
