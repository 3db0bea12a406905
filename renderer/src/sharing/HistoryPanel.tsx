import { Alert, Button, Code, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataDifference, HistoryEntry, HistoryVerification } from '../../../core/api/contract';
import { ropa, settle, type RopaError } from '../api';
import { ErrorLine } from '../common/ErrorLine';
import { LoadedView } from '../common/LoadedView';
import { useLoad } from '../common/useLoad';
import { FIELD_LABEL } from '../editor/describeField';
import { shortTime } from './time';

const LIMIT = 2_000;

const isEmpty = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** A value as one short line: the history stores ids and plain JSON values. */
function showValue(v: unknown): string {
  if (isEmpty(v)) return '—';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function ChangeList({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const label = (key: string) =>
    key in FIELD_LABEL ? t(`labels:field.${FIELD_LABEL[key as keyof typeof FIELD_LABEL]}`) : key;
  // A create or delete lists every field; the empty ones say nothing.
  const shown = Object.entries(entry.changes).filter(
    ([, c]) => entry.action === 'update' || !isEmpty(entry.action === 'create' ? c.after : c.before),
  );
  return (
    <Stack gap={2}>
      {shown.map(([key, c]) => (
        <Text key={key} size="xs">
          <b>{label(key)}</b>:{' '}
          {entry.action === 'create'
            ? showValue(c.after)
            : entry.action === 'delete'
              ? showValue(c.before)
              : `${showValue(c.before)} → ${showValue(c.after)}`}
        </Text>
      ))}
    </Stack>
  );
}

/** One difference as a line: entity, name, field, stored vs what the history says. */
function differenceLine(d: DataDifference, t: (key: string) => string): string {
  const who = `${d.entity} “${d.name}”`;
  if (d.field === '') return `${who}: ${t(d.stored === null ? 'sharing.historyOnly' : 'sharing.storedOnly')}`;
  return `${who} · ${d.field}: ${d.stored ?? '—'} ≠ ${d.expected ?? '—'}`;
}

function VerifyLine() {
  const { t } = useTranslation();
  const [result, setResult] = useState<HistoryVerification | null>(null);
  const [error, setError] = useState<RopaError | null>(null);
  const [anchor, setAnchor] = useState('');
  const [accepted, setAccepted] = useState<number | null>(null);
  const verify = async () => {
    const out = await settle(ropa().verifyHistory(anchor.trim() ? { anchor: anchor.trim() } : {}));
    setError(out.ok ? null : out.error);
    setResult(out.ok ? out.value : null);
  };
  const accept = async () => {
    const out = await settle(ropa().acceptCurrentData({}));
    setError(out.ok ? null : out.error);
    if (out.ok) {
      setAccepted(out.value.differences);
      await verify();
    }
  };
  const sound = result?.integrity.join() === 'ok';
  return (
    <Stack gap="xs">
      <Group align="end">
        <TextInput
          label={t('sharing.anchor')}
          placeholder={t('sharing.anchorHint')}
          value={anchor}
          onChange={(e) => setAnchor(e.currentTarget.value)}
          w={420}
        />
        <Button variant="default" leftSection={<IconShieldCheck size={16} />} onClick={() => void verify()}>
          {t('sharing.verify')}
        </Button>
      </Group>
      <ErrorLine error={error} />
      {accepted !== null && <Text size="sm">{t('sharing.accepted', { count: accepted })}</Text>}
      {result && (
        <Alert color={result.ok ? 'teal' : 'red'} variant="light" data-testid="history-verification">
          {!sound && <Text size="sm">{t('sharing.damaged', { detail: result.integrity[0] })}</Text>}
          {result.firstBreak ? (
            <Text size="sm">
              {t('sharing.verifiedBroken', {
                seq: result.firstBreak.seq,
                at: result.firstBreak.at ?? '—',
                author: result.firstBreak.author ?? '—',
                reason: result.firstBreak.reason,
              })}
            </Text>
          ) : (
            sound && (
              <Text size="sm">
                {t('sharing.verifiedOk', { count: result.entries })} <Code>{result.headHash ?? '—'}</Code>
              </Text>
            )
          )}
          {result.sequence.map((detail) => (
            <Text key={detail} size="sm">
              {t('sharing.sequenceBroken', { detail })}
            </Text>
          ))}
          {result.anchor && (
            <Text size="sm">
              {t(result.anchor.ok ? 'sharing.anchorOk' : 'sharing.anchorFailed', { reason: result.anchor.reason })}
            </Text>
          )}
          {result.differenceCount > 0 && (
            <Stack gap={2} data-testid="data-differences">
              <Text size="sm">{t('sharing.dataDifferences', { count: result.differenceCount })}</Text>
              {result.differences.map((d) => (
                <Text key={`${d.id}:${d.field}`} size="xs">
                  {differenceLine(d, t)}
                </Text>
              ))}
              <Group>
                <Button size="xs" color="red" variant="light" onClick={() => void accept()}>
                  {t('sharing.acceptData')}
                </Button>
              </Group>
            </Stack>
          )}
        </Alert>
      )}
    </Stack>
  );
}

interface Props {
  entityId?: string;
  withVerify?: boolean;
  /** Reloads when it changes: the entity's version, since one's own saves are not reported by pollChanges. */
  refreshKey?: number;
}

/** The history of one entity (entityId) or of the whole register, filterable by author and date. */
export function HistoryPanel({ entityId, withVerify = false, refreshKey = 0 }: Props) {
  const { t } = useTranslation();
  const [author, setAuthor] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const load = useCallback(
    () =>
      ropa().listHistory({
        limit: LIMIT,
        ...(entityId ? { entityId } : {}),
        ...(from ? { from } : {}),
        // The whole of the last day: entries carry full ISO times.
        ...(to ? { to: `${to}T23:59:59.999Z` } : {}),
      }),
    // refreshKey only triggers the reload; the query itself does not use it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entityId, from, to, refreshKey],
  );
  const [loaded, reload] = useLoad(load);
  const authors = useMemo(
    () => (loaded.status === 'ok' ? [...new Set(loaded.value.map((e) => e.author))].sort() : []),
    [loaded],
  );

  return (
    <Stack data-testid="history-panel">
      {withVerify && <VerifyLine />}
      <Group align="flex-end">
        <Select
          label={t('sharing.author')}
          placeholder={t('sharing.anyAuthor')}
          data={authors}
          value={author}
          onChange={setAuthor}
          clearable
          searchable
          w={220}
        />
        <TextInput
          type="date"
          label={t('sharing.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          w={170}
        />
        <TextInput
          type="date"
          label={t('sharing.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          w={170}
        />
      </Group>
      <LoadedView loaded={loaded} reload={reload}>
        {(entries) => {
          const shown = author ? entries.filter((e) => e.author === author) : entries;
          if (shown.length === 0) return <Text c="dimmed">{t('sharing.noEntries')}</Text>;
          return (
            <Table
              striped
              withTableBorder
              verticalSpacing="xs"
              data-testid="history-table"
              style={{ verticalAlign: 'top' }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>{t('sharing.when')}</Table.Th>
                  <Table.Th w={140}>{t('sharing.author')}</Table.Th>
                  <Table.Th w={160}>{t('sharing.what')}</Table.Th>
                  <Table.Th>{t('sharing.field')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((e) => (
                  <Table.Tr key={e.seq}>
                    <Table.Td>{shortTime(e.at)}</Table.Td>
                    <Table.Td>{e.author}</Table.Td>
                    <Table.Td>
                      {e.entity} {t(`sharing.action_${e.action}`)}
                    </Table.Td>
                    <Table.Td>
                      <ChangeList entry={e} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          );
        }}
      </LoadedView>
    </Stack>
  );
}
