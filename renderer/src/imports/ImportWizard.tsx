// Register ▸ Import spreadsheet… (and Electron's File ▸ Import Spreadsheet…): file → sheet → header
// row → mapping → review → import. Every step asks the register worker (core/import/jobs.ts); nothing
// is written before the last one, which writes the whole sheet in one transaction.
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Pagination,
  Progress,
  Radio,
  ScrollArea,
  Select,
  Stack,
  Stepper,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  type ImportColumnReport,
  type ImportField,
  type ImportLayout,
  type ImportReport,
  type ImportRowReport,
  type ImportSource,
} from '../../../core/api/import-report';
import type { Term } from '../../../core/api/contract';
import { ropa, settle, shell, type RopaError } from '../api';
import { ErrorLine } from '../common/ErrorLine';
import { termLabel } from '../editor/vocab';
import { useDateStyle, useLanguage } from '../language';
import { becameText, doubtText, dropText, rowErrorText, type ReviewWording } from './reviewWords';
import { useImportJob } from './useImportJob';

const STEPS = ['file', 'sheet', 'header', 'mapping', 'review'] as const;
const PAGE = 50;

interface Props {
  opened: boolean;
  onClose: () => void;
  /** After a successful import: the activities list is shown again. */
  onImported: () => void;
}

export function ImportWizard({ opened, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const job = useImportJob();
  const [step, setStep] = useState(0);
  const [path, setPath] = useState('');
  const [source, setSource] = useState<ImportSource | null>(null);
  const [sheet, setSheet] = useState('');
  const [headerRow, setHeaderRow] = useState(1);
  const [layout, setLayout] = useState<ImportLayout | null>(null);
  const [mapping, setMapping] = useState<Record<string, ImportField>>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<RopaError | null>(null);
  const [writing, setWriting] = useState(false);
  const busy = job.running;

  const reset = () => {
    setStep(0);
    setSource(null);
    setLayout(null);
    setReport(null);
    setError(null);
    setWriting(false);
  };
  const close = () => {
    if (busy) return;
    reset();
    setPath('');
    onClose();
  };

  const browse = async () => {
    const picked = await shell()?.showOpenDialog('spreadsheet');
    if (picked) setPath(picked);
  };

  const takeLayout = (next: ImportLayout) => {
    setLayout(next);
    setHeaderRow(next.headerRow);
    setMapping(Object.fromEntries(next.columns.map((c) => [c.header, c.field as ImportField])));
  };

  const describe = async (sheetName: string, row?: number): Promise<boolean> => {
    const out = await settle(
      ropa().describeImportLayout({ sourceId: source!.sourceId, sheet: sheetName, ...(row ? { headerRow: row } : {}) }),
    );
    if (!out.ok) {
      setError(out.error);
      return false;
    }
    takeLayout(out.value);
    return true;
  };

  const choice = () => ({ sourceId: source!.sourceId, sheet, headerRow, mapping });

  const next = async () => {
    setError(null);
    if (STEPS[step] === 'file') {
      const out = await job.follow(ropa().readImportSource({ path: path.trim() }));
      if (!out.ok) return setError(out.error);
      const read = out.value.source!;
      setSource(read);
      setSheet(read.layout.sheet);
      takeLayout(read.layout);
      setStep(1);
    } else if (STEPS[step] === 'sheet') {
      if (layout?.sheet !== sheet && !(await describe(sheet))) return;
      setStep(2);
    } else if (STEPS[step] === 'header') {
      if (layout?.headerRow !== headerRow && !(await describe(sheet, headerRow))) return;
      setStep(3);
    } else if (STEPS[step] === 'mapping') {
      const out = await job.follow(ropa().reviewImport(choice()));
      if (!out.ok) return setError(out.error);
      setReport(out.value.report);
      setStep(4);
    } else {
      setWriting(true);
      const out = await job.follow(ropa().runImport(choice()));
      setWriting(false);
      if (!out.ok) return setError(out.error);
      const r = out.value.result!;
      notifications.show({
        color: 'teal',
        message: t('imports.done', { created: r.created, updated: r.updated, source: source!.source }),
      });
      reset();
      setPath('');
      onImported();
    }
  };

  const sheetInfo = source?.sheets.find((s) => s.name === sheet);
  const canGoOn =
    !busy &&
    (STEPS[step] !== 'file' || path.trim() !== '') &&
    (STEPS[step] !== 'mapping' || Object.values(mapping).some((f) => f === 'name' || f === 'purposes')) &&
    (STEPS[step] !== 'review' || (report !== null && report.counts.error === 0));

  return (
    <Modal opened={opened} onClose={close} title={t('imports.title')} size="90%" data-testid="import-wizard">
      <Stack gap="md">
        <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={(s) => !busy && setStep(s)}>
          {STEPS.map((s) => (
            <Stepper.Step key={s} label={t(`imports.step_${s}`)} />
          ))}
        </Stepper>

        {STEPS[step] === 'file' && (
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              flex={1}
              data-autofocus
              label={t('imports.file')}
              description={t(shell() ? 'imports.fileHintPick' : 'imports.fileHint')}
              placeholder={t('imports.filePlaceholder')}
              value={path}
              readOnly={!!shell()}
              onClick={shell() ? () => void browse() : undefined}
              onChange={(e) => setPath(e.currentTarget.value)}
            />
            {shell() && (
              <Button variant="default" onClick={() => void browse()}>
                {t('action.browse')}
              </Button>
            )}
          </Group>
        )}

        {STEPS[step] === 'sheet' && source && (
          <Stack gap="xs">
            <Text size="sm" data-testid="import-source">
              {t(`imports.read_${source.format}`, {
                source: source.source,
                encoding: source.encoding ?? '',
                delimiter: source.delimiter === '\t' ? 'TAB' : (source.delimiter ?? ''),
              })}
            </Text>
            <Select
              label={t('imports.sheet')}
              data={source.sheets.map((s) => ({
                value: s.name,
                label: t('imports.sheetRows', { name: s.name, count: s.rowCount }),
              }))}
              value={sheet}
              allowDeselect={false}
              onChange={(v) => v && setSheet(v)}
            />
          </Stack>
        )}

        {STEPS[step] === 'header' && sheetInfo && (
          <Stack gap="xs">
            <Text size="sm">{t('imports.headerHint')}</Text>
            <ScrollArea h={380} type="auto">
              <Radio.Group value={String(headerRow)} onChange={(v) => setHeaderRow(Number(v))} name="header-row">
                <Table striped withTableBorder fz="xs" data-testid="import-header-rows">
                  <Table.Tbody>
                    {sheetInfo.rows.map((cells, i) => (
                      <Table.Tr key={i} bg={i + 1 === headerRow ? 'var(--mantine-color-indigo-light)' : undefined}>
                        <Table.Td w={110} style={{ whiteSpace: 'nowrap' }}>
                          <Radio value={String(i + 1)} label={t('imports.row', { row: i + 1 })} />
                        </Table.Td>
                        {cells.slice(0, 12).map((c, j) => (
                          <Table.Td key={j} maw={180} style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                            <Text size="xs" lineClamp={2}>
                              {c}
                            </Text>
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Radio.Group>
            </ScrollArea>
          </Stack>
        )}

        {STEPS[step] === 'mapping' && layout && sheetInfo && (
          <MappingStep
            layout={layout}
            sample={sheetInfo.rows[headerRow] ?? []}
            mapping={mapping}
            onChange={setMapping}
          />
        )}

        {STEPS[step] === 'review' && report && <ReviewStep report={report} />}

        {busy && (
          <Stack gap={4}>
            <Text size="sm">
              {job.progress
                ? t(writing ? 'imports.writing' : 'imports.planning', {
                    done: job.progress.done,
                    total: job.progress.total,
                  })
                : t('imports.working')}
            </Text>
            <Progress
              aria-label={t('imports.progress')}
              value={job.progress && job.progress.total > 0 ? (100 * job.progress.done) / job.progress.total : 100}
              animated={!job.progress}
            />
          </Stack>
        )}
        <ErrorLine error={error} onClose={() => setError(null)} />

        <Group justify="space-between">
          <Button variant="default" disabled={busy || step === 0} onClick={() => setStep(step - 1)}>
            {t('action.back')}
          </Button>
          <Group gap="xs">
            <Button variant="default" disabled={busy} onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button onClick={() => void next()} disabled={!canGoOn} loading={busy}>
              {STEPS[step] === 'review'
                ? t('imports.import', { count: report ? report.counts.create + report.counts.update : 0 })
                : t('imports.next')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

function MappingStep({
  layout,
  sample,
  mapping,
  onChange,
}: {
  layout: ImportLayout;
  sample: string[];
  mapping: Record<string, ImportField>;
  onChange: (m: Record<string, ImportField>) => void;
}) {
  const { t } = useTranslation();
  const options = IMPORT_FIELDS.map((f) => ({ value: f, label: t(`imports.field_${f}`) }));
  const named = Object.values(mapping).some((f) => f === 'name' || f === 'purposes');
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="import-profile">
        {layout.profile === 'mapping'
          ? t('imports.profileMapping')
          : t('imports.profile', {
              profile: t(`imports.profile_${layout.profile}`),
              lang: t(`exports.language_${layout.profileLanguage}`),
            })}
      </Text>
      {!named && <Alert color="orange">{t('imports.needName')}</Alert>}
      <ScrollArea h={400} type="auto">
        <Table striped withTableBorder data-testid="import-mapping">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.column')}</Table.Th>
              <Table.Th>{t('imports.example')}</Table.Th>
              <Table.Th w={280}>{t('imports.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {layout.columns.map((c: ImportColumnReport) => (
              <Table.Tr key={c.index}>
                <Table.Td>
                  <Text size="sm">{c.header}</Text>
                  {c.from !== 'profile' && (
                    <Badge size="xs" variant="light" color={c.from === 'unknown' ? 'gray' : 'indigo'}>
                      {t(`imports.from_${c.from.replace(' ', '_')}`)}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {sample[c.index] ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={t('imports.fieldOf', { column: c.header })}
                    data={options}
                    value={mapping[c.header] ?? 'ignore'}
                    allowDeselect={false}
                    searchable
                    onChange={(v) => v && onChange({ ...mapping, [c.header]: v as ImportField })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}

/** The review's wording in the UI language; terms by their label in it, once the register's terms are read. */
function useReviewWording(): ReviewWording {
  const { t } = useTranslation();
  const lang = useLanguage();
  const dateStyle = useDateStyle();
  const [terms, setTerms] = useState<Map<string, Term>>(new Map());
  useEffect(() => {
    let live = true;
    void settle(ropa().listTerms({})).then((out) => {
      if (live && out.ok) setTerms(new Map(out.value.map((term) => [term.id, term])));
    });
    return () => {
      live = false;
    };
  }, []);
  return useMemo(
    () => ({
      t,
      lang,
      dateStyle,
      termLabel: (id, english) => {
        const term = id === null ? undefined : terms.get(id);
        return term ? termLabel(term, lang) : english;
      },
    }),
    [t, lang, dateStyle, terms],
  );
}

function ReviewStep({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const wording = useReviewWording();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(report.rows.length / PAGE));
  const rows = report.rows.slice((page - 1) * PAGE, page * PAGE);
  const k = report.counts;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} data-testid="import-counts">
        {t('imports.counts', {
          create: k.create,
          update: k.update,
          error: k.error,
          uncertain: k.uncertain,
          dropped: k.dropped,
        })}
      </Text>
      {k.error > 0 && <Alert color="red">{t('imports.fixErrors', { count: k.error })}</Alert>}
      {report.newTerms.length > 0 && (
        <Text size="sm" data-testid="import-new-terms">
          {t('imports.newTerms', { count: report.newTerms.length })}{' '}
          {report.newTerms.map((n) => `${n.label} (${t(`labels:termKind.${n.kind}`)})`).join(', ')}
        </Text>
      )}
      {report.newRecipients.length > 0 && (
        <Text size="sm">
          {t('imports.newRecipients', { count: report.newRecipients.length })}{' '}
          {report.newRecipients.map((n) => n.name).join(', ')}
        </Text>
      )}
      {report.newOrganisation && (
        <Text size="sm">{t('imports.newOrganisation', { name: report.newOrganisation })}</Text>
      )}
      <ScrollArea h={360} type="auto">
        <Table withTableBorder verticalSpacing={4} fz="xs" data-testid="import-review">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('imports.rowHeader')}</Table.Th>
              <Table.Th w={200}>{t('imports.activity')}</Table.Th>
              <Table.Th>{t('imports.cells')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <ReviewRow key={r.row} row={r} wording={wording} />
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {pages > 1 && <Pagination size="sm" total={pages} value={page} onChange={setPage} />}
    </Stack>
  );
}

const ACTION_COLOUR = { create: 'teal', update: 'blue', error: 'red' } as const;

function ReviewRow({ row, wording }: { row: ImportRowReport; wording: ReviewWording }) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-row={row.row} style={{ verticalAlign: 'top' }}>
      <Table.Td>{row.row}</Table.Td>
      <Table.Td>
        <Badge size="xs" color={ACTION_COLOUR[row.action]} variant="light">
          {t(`imports.action_${row.action}`)}
        </Badge>
        <Text size="sm">{row.name}</Text>
        {row.error && (
          <Text size="xs" c="red" role="alert">
            {rowErrorText(row.error, wording)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          {row.cells.map((c, i) => (
            <Text size="xs" key={i} component="div">
              <Text span fw={600} size="xs">
                {c.column}
              </Text>
              {': '}
              {c.became.map((b) => becameText(b, wording)).join('; ') || '—'}
              {c.uncertain.map((u, j) => (
                <Text key={`u${j}`} size="xs" c="orange.9" data-kind="uncertain">
                  {t('imports.uncertain')} {doubtText(u, wording)}
                </Text>
              ))}
              {c.dropped.map((d, j) => (
                <Text key={`d${j}`} size="xs" c="dimmed" data-kind="dropped">
                  {t('imports.dropped')} <s>{dropText(d, wording)}</s>
                </Text>
              ))}
            </Text>
          ))}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
