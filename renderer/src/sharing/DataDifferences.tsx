// The stored data's differences from the replayed history, as a person reads them: the record's kind
// and name, the field's label, and both values in words (names instead of ids, labels instead of
// codes), through the same module as the History page (core/api/history-diff.ts).
import { Table, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataDifference, HistoryEntry, Outcome } from '../../../core/api/contract';
import { describeEntry, historyLookups, type HistoryLookups } from '../../../core/api/history-diff';
import type { Language } from '../../../core/api/schemas';
import { ropa, settle } from '../api';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../language';

/** The names of what the register holds now, for the ids a difference mentions. */
async function loadLookups(lang: Language): Promise<Outcome<HistoryLookups>> {
  const [terms, recipients, organisations, activities] = await Promise.all([
    settle(ropa().listTerms()),
    settle(ropa().listRecipients()),
    settle(ropa().listOrganisations()),
    settle(ropa().listActivities({ lang })),
  ]);
  return {
    ok: true,
    value: historyLookups({
      ...(terms.ok ? { terms: terms.value } : {}),
      ...(recipients.ok ? { recipients: recipients.value } : {}),
      ...(organisations.ok ? { organisations: organisations.value } : {}),
      ...(activities.ok ? { activities: activities.value } : {}),
    }),
  };
}

const parsed = (json: string | null): unknown => {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
};

interface Row {
  key: string;
  record: string;
  name: string;
  field: string;
  stored: string;
  expected: string;
}

/** One difference in words: a field's two values as an update from what the history says to what is stored. */
function rowOf(d: DataDifference, lookups: HistoryLookups, lang: Language, t: (key: string) => string): Row {
  const entry: HistoryEntry = {
    seq: 0,
    at: '',
    author: '',
    entity: d.entity,
    entityId: d.id,
    action: 'update',
    changes: d.field === '' ? {} : { [d.field]: { before: parsed(d.expected), after: parsed(d.stored) } },
    hash: '',
  };
  const described = describeEntry(entry, lookups, lang);
  // The record as it is stored (its primary-language name, as a tampered row holds it); the
  // current lists' name only when the difference carries none.
  const name = d.name || described.entityName;
  const base = { key: `${d.entity}:${d.id}:${d.field}`, record: described.entityLabel, name };
  if (d.field === '')
    return {
      ...base,
      field: '—',
      stored: t(d.stored === null ? 'sharing.rowNotStored' : 'sharing.rowStored'),
      expected: t(d.expected === null ? 'sharing.rowNotInHistory' : 'sharing.rowInHistory'),
    };
  const line = described.lines[0];
  return {
    ...base,
    field: line?.fieldLabel ?? d.field,
    stored: line?.after || '—',
    expected: line?.before || '—',
  };
}

/** A table of the differences (the first 20) and how many more there are. */
export function DataDifferences({ differences, count }: { differences: DataDifference[]; count: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [lookups] = useLoad(
    useCallback(() => loadLookups(lang), [lang]),
    { followChanges: false },
  );
  if (lookups.status !== 'ok') return null;
  const rows = differences.map((d) => rowOf(d, lookups.value, lang, t));
  return (
    <>
      <Table
        withTableBorder
        verticalSpacing={4}
        fz="sm"
        data-testid="data-differences-table"
        bg="var(--mantine-color-body)"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sharing.diffRecord')}</Table.Th>
            <Table.Th>{t('sharing.diffName')}</Table.Th>
            <Table.Th>{t('sharing.diffField')}</Table.Th>
            <Table.Th>{t('sharing.diffStored')}</Table.Th>
            <Table.Th>{t('sharing.diffExpected')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key} data-testid="data-difference">
              <Table.Td>{r.record}</Table.Td>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>{r.field}</Table.Td>
              <Table.Td>{r.stored}</Table.Td>
              <Table.Td>{r.expected}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {count > differences.length && (
        <Text size="sm">{t('sharing.moreDifferences', { count: count - differences.length })}</Text>
      )}
    </>
  );
}
