import { Checkbox, Input, Modal, Progress, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportProgress, ReportFormat } from '../../../core/api/export-options';
import { REPORT_FORMATS } from '../../../core/api/enums';
import { ACTIVITY_STATUSES, LANGUAGES, type Language } from '../../../core/api/enums';
import { ropa, type RopaError } from '../api';
import { DateField } from '../common/DateField';
import { ErrorLine } from '../common/ErrorLine';
import { bannerError, fieldErrorsOf } from '../common/fieldErrors';
import { useLoad } from '../common/useLoad';
import { ALL, takesFilters, type ExportChoices } from './exportChoices';
import { ExportButtons } from './written';

interface Props {
  opened: boolean;
  choices: ExportChoices;
  /** How many activities the Activities table shows under its search and filters; null when not narrowed. */
  shownCount: number | null;
  onChange: (next: ExportChoices) => void;
  /** In the browser the destination is typed here; Electron asks in its save dialog instead. */
  typedPath: boolean;
  running: boolean;
  progress: ExportProgress | null;
  error: RopaError | null;
  onExport: () => void;
  onClose: () => void;
}

/** Export report…: format, language, which activities, and where the file goes. */
export function ExportModal({
  opened,
  choices,
  shownCount,
  onChange,
  typedPath,
  running,
  progress,
  error,
  onExport,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ExportChoices>(key: K, value: ExportChoices[K]) =>
    onChange({ ...choices, [key]: value });
  const fields = error && typedPath ? fieldErrorsOf(error, '') : {};
  const filtered = takesFilters(choices.format);
  return (
    <Modal opened={opened} onClose={() => !running && onClose()} title={t('exports.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onExport();
        }}
      >
        <Stack>
          <Input.Wrapper
            label={t('exports.format')}
            description={t(`exports.formatHint_${choices.format}`)}
            inputWrapperOrder={['label', 'input', 'description']}
          >
            <SegmentedControl
              fullWidth
              mt={4}
              mb={4}
              value={choices.format}
              onChange={(v) => set('format', v as ReportFormat)}
              data={REPORT_FORMATS.map((f) => ({ value: f, label: t(`exports.format_${f}`) }))}
            />
          </Input.Wrapper>
          <Select
            label={t('exports.language')}
            description={t('exports.languageHint')}
            allowDeselect={false}
            value={choices.lang}
            onChange={(v) => v && set('lang', v as Language)}
            data={LANGUAGES.map((l) => ({ value: l, label: t(`exports.language_${l}`) }))}
          />
          <OrganisationSelect
            value={choices.organisationId}
            disabled={!filtered}
            onChange={(v) => set('organisationId', v)}
          />
          <Input.Wrapper
            label={t('exports.status')}
            description={filtered ? undefined : t('exports.wholeRegister')}
            inputWrapperOrder={['label', 'input', 'description']}
          >
            <SegmentedControl
              fullWidth
              mt={4}
              disabled={!filtered}
              value={choices.status}
              onChange={(v) => set('status', v as ExportChoices['status'])}
              data={[
                { value: ALL, label: t('exports.allStatuses') },
                ...ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`labels:status.${s}`) })),
              ]}
            />
          </Input.Wrapper>
          {shownCount !== null && (
            <Checkbox
              label={t('exports.onlyShown', { count: shownCount })}
              disabled={!filtered}
              checked={filtered && choices.onlyShown}
              onChange={(e) => set('onlyShown', e.currentTarget.checked)}
            />
          )}
          <DateField
            label={t('exports.asOf')}
            description={t('exports.asOfHint')}
            value={choices.asOf}
            error={fields.asOf}
            // Only a whole date is a moment; the field itself says what is wrong with other text.
            onChange={(v) => set('asOf', v === null || /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : choices.asOf)}
          />
          {typedPath && (
            <TextInput
              label={t('exports.path')}
              description={t('exports.pathHint')}
              value={choices.path}
              error={fields.path}
              onChange={(e) => set('path', e.currentTarget.value)}
            />
          )}
          {running && <ExportProgressBar progress={progress} />}
          <ErrorLine error={bannerError(error, fields)} />
          <ExportButtons running={running} typedPath={typedPath} onClose={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

function OrganisationSelect({
  value,
  disabled,
  onChange,
}: {
  value: string;
  disabled: boolean;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [loaded] = useLoad(useCallback(() => ropa().listOrganisations(), []));
  const organisations = loaded.status === 'ok' ? loaded.value : [];
  return (
    <Select
      label={t('exports.organisation')}
      allowDeselect={false}
      searchable={organisations.length > 8}
      disabled={disabled}
      value={value}
      onChange={(v) => v && onChange(v)}
      data={[
        { value: ALL, label: t('exports.allOrganisations') },
        ...organisations.map((o) => ({ value: o.id, label: o.name })),
      ]}
    />
  );
}

export function ExportProgressBar({ progress }: { progress: ExportProgress | null }) {
  const { t } = useTranslation();
  const share = progress && progress.total > 0 ? (100 * progress.done) / progress.total : 0;
  return (
    <Stack gap={4}>
      <Progress value={share} animated aria-label={t('exports.progress')} />
      <Text size="sm" c="dimmed">
        {progress ? t(`exports.phase_${progress.phase}`, { percent: Math.floor(share) }) : t('exports.queued')}
      </Text>
    </Stack>
  );
}
