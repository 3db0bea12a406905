import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/api/contract';
import { FIELD_LABEL, type FieldKey } from '../editor/describeField';
import { navigate } from '../route';

/** Enough rows to work through; the rest is counted rather than rendered. */
const SHOWN = 300;

export function FindingsTable({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation();
  const fieldLabel = (field: string) =>
    field in FIELD_LABEL ? t(`labels:field.${FIELD_LABEL[field as FieldKey]}`) : field;
  return (
    <>
      <Table withTableBorder striped verticalSpacing="xs" data-testid="findings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{t('overview.severity')}</Table.Th>
            <Table.Th w="28%">{t('labels:field.activity')}</Table.Th>
            <Table.Th w="18%">{t('overview.field')}</Table.Th>
            <Table.Th>{t('overview.finding')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {findings.slice(0, SHOWN).map((f) => (
            <Table.Tr key={`${f.entityId}-${f.code}-${f.field}`}>
              <Table.Td>
                <Badge color={f.severity === 'error' ? 'red' : 'orange'} variant="light">
                  {t(`overview.${f.severity}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {f.entity === 'activity' ? (
                  <Anchor size="sm" onClick={() => void navigate({ page: 'activity', id: f.activityId })}>
                    {[f.reference, f.activityName].filter(Boolean).join(' · ')}
                  </Anchor>
                ) : (
                  <Text size="sm">{f.activityName}</Text>
                )}
              </Table.Td>
              <Table.Td>{fieldLabel(f.field)}</Table.Td>
              <Table.Td>{t(`checks.${f.code}`, { defaultValue: f.message })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {findings.length > SHOWN && (
        <Text size="sm" c="dimmed">
          {t('overview.more', { count: findings.length - SHOWN })}
        </Text>
      )}
    </>
  );
}
