import { Alert, Anchor, Button, Code, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, HistoryVerification, InputOf, Outcome } from '../../../core/api/contract';
import {
  describeEntry,
  historyLookups,
  unnamedRefs,
  type CurrentNames,
  type DescribedEntry,
  type HistoryLookups,
} from '../../../core/api/history-diff';
import type { Language } from '../../../core/api/schemas';
import { ropa, settle, type RopaError } from '../api';
import { DateField } from '../common/DateField';
import { ErrorLine } from '../common/ErrorLine';
import { LoadedView } from '../common/LoadedView';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../language';
import { formatRoute, navigate } from '../route';
import { useFormat } from '../format';
import { announceDataAccepted } from './dataAccepted';
import { DataDifferences } from './DataDifferences';

const LIMIT = 2_000;

interface Loaded {
  entries: HistoryEntry[];
  lookups: HistoryLookups;
}

/** The entries, and the names of everything they mention (from the history itself for what is gone). */
async function loadHistory(input: InputOf<'listHistory'>, lang: Language): Promise<Outcome<Loaded>> {
  const [entries, terms, recipients, organisations, activities] = await Promise.all([
    settle(ropa().listHistory(input)),
    settle(ropa().listTerms()),
    settle(ropa().listRecipients()),
    settle(ropa().listOrganisations()),
    settle(ropa().listActivities({ lang })),
  ]);
  if (!entries.ok) return entries;
  const current: CurrentNames = {
    ...(terms.ok ? { terms: terms.value } : {}),
    ...(recipients.ok ? { recipients: recipients.value } : {}),
    ...(organisations.ok ? { organisations: organisations.value } : {}),
    ...(activities.ok ? { activities: activities.value } : {}),
  };
  let lookups = historyLookups(current, entries.value);
  // Something deleted is mentioned and these entries do not name it: the rest of the history does.
  if (unnamedRefs(entries.value, lookups).length > 0) {
    const all = await settle(ropa().listHistory({ limit: 100_000 }));
    if (all.ok) lookups = historyLookups(current, all.value);
  }
  return { ok: true, value: { entries: entries.value, lookups } };
}

function ChangeList({ entry }: { entry: DescribedEntry }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {entry.lines.map((l) => (
        <Text key={l.field} size="xs" data-testid="history-change">
          <b>{l.fieldLabel}</b>:{' '}
          {l.added?.length || l.removed?.length
            ? [
                ...(l.added ?? []).map((x) => t('sharing.added', { item: x })),
                ...(l.removed ?? []).map((x) => t('sharing.removed', { item: x })),
              ].join('; ')
            : entry.action === 'create'
              ? l.after
              : entry.action === 'delete'
                ? l.before
                : `${l.before || '—'} → ${l.after || '—'}`}
        </Text>
      ))}
    </Stack>
  );
}

/** The record an entry is about: its kind and name, linked when it is an activity that still exists. */
function EntityCell({ entry, lookups }: { entry: DescribedEntry; lookups: HistoryLookups }) {
  const live = entry.entity === 'activity' && lookups.get(entry.entityId)?.deleted === false;
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {entry.entityLabel} {entry.actionLabel}
      </Text>
      {live ? (
        <Anchor
          size="sm"
          href={formatRoute({ page: 'activity', id: entry.entityId })}
          onClick={(e) => {
            e.preventDefault();
            void navigate({ page: 'activity', id: entry.entityId });
          }}
        >
          {entry.entityName}
        </Anchor>
      ) : (
        <Text size="sm">{entry.entityName}</Text>
      )}
    </Stack>
  );
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
      announceDataAccepted();
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
              <DataDifferences differences={result.differences} count={result.differenceCount} />
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
  const format = useFormat();
  const lang = useLanguage();
  const [author, setAuthor] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const load = useCallback(
    () =>
      loadHistory(
        {
          limit: LIMIT,
          ...(entityId ? { entityId } : {}),
          ...(from ? { from } : {}),
          // The whole of the last day: entries carry full ISO times.
          ...(to ? { to: `${to}T23:59:59.999Z` } : {}),
        },
        lang,
      ),
    // refreshKey only triggers the reload; the query itself does not use it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entityId, from, to, refreshKey, lang],
  );
  const [loaded, reload] = useLoad(load);
  const authors = useMemo(
    () => (loaded.status === 'ok' ? [...new Set(loaded.value.entries.map((e) => e.author))].sort() : []),
    [loaded],
  );
  // A filter takes a date only once it is one; the field itself says what is wrong with the text.
  const dateFilter = (set: (v: string) => void) => (v: string | null) => {
    if (v === null) set('');
    else if (/^\d{4}-\d{2}-\d{2}$/.test(v)) set(v);
  };

  return (
    <Stack data-testid="history-panel">
      {withVerify && <VerifyLine />}
      <Group align="flex-start">
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
        <DateField label={t('sharing.from')} value={from || null} onChange={dateFilter(setFrom)} w={200} />
        <DateField label={t('sharing.to')} value={to || null} onChange={dateFilter(setTo)} w={200} />
      </Group>
      <LoadedView loaded={loaded} reload={reload}>
        {({ entries, lookups }) => {
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
                  <Table.Th w={240}>{t('sharing.what')}</Table.Th>
                  <Table.Th>{t('sharing.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((raw) => {
                  const e = describeEntry(raw, lookups, lang);
                  return (
                    <Table.Tr key={e.seq} data-testid="history-row" style={{ verticalAlign: 'top' }}>
                      <Table.Td>{format.when(e.at)}</Table.Td>
                      <Table.Td>{e.author}</Table.Td>
                      <Table.Td>
                        <EntityCell entry={e} lookups={lookups} />
                      </Table.Td>
                      <Table.Td>
                        <ChangeList entry={e} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          );
        }}
      </LoadedView>
    </Stack>
  );
}
