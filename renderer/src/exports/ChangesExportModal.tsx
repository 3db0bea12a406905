// History ▸ Export changes…: the changes report of a period (what an auditor asks since the last
// audit), written by the export worker like a report (exportChanges, polled with getExportJob).
// Electron asks where in its save dialog; the browser host takes a typed path.
import { Group, Input, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../core/api/client';
import { CHANGES_FORMATS, type ChangesExportOptions, type ChangesFormat } from '../../../core/api/export-options';
import { LANGUAGES, type Language } from '../../../core/api/schemas';
import { ropa, settle, shell, type RopaError } from '../api';
import { DateField } from '../common/DateField';
import { ErrorLine } from '../common/ErrorLine';
import { bannerError, fieldErrorsOf } from '../common/fieldErrors';
import { useLanguage } from '../language';
import { baseName, pathIn, reportFileName, withFormat } from './exportPath';
import { useExportJob } from './useExportJob';
import { ExportButtons, exportWithConsent, notifyWritten } from './written';

interface Choices {
  since: string | null;
  until: string | null;
  format: ChangesFormat;
  lang: Language;
  path: string;
}

/** "register.sqlite" -> "register changes.pdf". */
const changesFileName = (registerFileName: string, format: ChangesFormat) =>
  reportFileName(registerFileName, format, 'changes');
const isDate = (v: string | null): boolean => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v);

export function ChangesExportModal({
  session,
  opened,
  onClose,
}: {
  session: SessionInfo;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const register = session.fileName ?? 'register';
  const [choices, setChoices] = useState<Choices>(() => ({
    since: null,
    until: null,
    format: 'pdf',
    lang,
    path: session.path ? session.path.replace(/[^/\\]*$/, changesFileName(register, 'pdf')) : '',
  }));
  const [error, setError] = useState<RopaError | null>(null);
  const job = useExportJob();
  const typedPath = !shell();
  const set = <K extends keyof Choices>(key: K, value: Choices[K]) => setChoices((c) => ({ ...c, [key]: value }));

  // The browser host has no Save dialog: the typed path starts in the user's Documents folder.
  useEffect(() => {
    if (shell()) return;
    let live = true;
    void settle(ropa().getDocumentsFolder()).then((folder) => {
      if (live && folder.ok)
        setChoices((c) => ({ ...c, path: pathIn(folder.value.path, changesFileName(register, c.format)) }));
    });
    return () => {
      live = false;
    };
  }, [register]);

  const destination = async (): Promise<string | null> => {
    const s = shell();
    if (!s) return choices.path.trim();
    const picked = await s.showSaveDialog({
      defaultName: baseName(choices.path) || changesFileName(register, choices.format),
    });
    if (picked) set('path', picked);
    return picked;
  };

  const run = async () => {
    if (!choices.since) {
      setError({
        kind: 'validation',
        message: t('changesExport.sinceRequired'),
        issues: [{ path: 'since', message: t('changesExport.sinceRequired') }],
      });
      return;
    }
    const path = await destination();
    if (!path) return;
    setError(null);
    const options: ChangesExportOptions = {
      since: choices.since,
      ...(choices.until ? { until: choices.until } : {}),
      format: choices.format,
      lang: choices.lang,
      path,
    };
    const outcome = await exportWithConsent(t, (overwrite) =>
      job.run(() => ropa().exportChanges({ ...options, overwrite })),
    );
    if (!outcome) return;
    if (!outcome.ok) return setError(outcome.error);
    onClose();
    notifyWritten(t('changesExport.doneTitle'), outcome.value);
  };

  const fields = error ? fieldErrorsOf(error, '') : {};
  if (!typedPath) delete fields.path;
  return (
    <Modal opened={opened} onClose={() => !job.running && onClose()} title={t('changesExport.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <Stack>
          <Group align="flex-start" grow>
            <DateField
              label={t('changesExport.since')}
              description={t('changesExport.sinceHint')}
              value={choices.since}
              error={fields.since}
              withAsterisk
              onChange={(v) => isDate(v) && set('since', v)}
            />
            <DateField
              label={t('changesExport.until')}
              description={t('changesExport.untilHint')}
              value={choices.until}
              error={fields.until}
              onChange={(v) => isDate(v) && set('until', v)}
            />
          </Group>
          <Input.Wrapper label={t('exports.format')}>
            <SegmentedControl
              fullWidth
              mt={4}
              value={choices.format}
              onChange={(v) =>
                setChoices((c) => ({ ...c, format: v as ChangesFormat, path: withFormat(c.path, v as ChangesFormat) }))
              }
              data={CHANGES_FORMATS.map((f) => ({ value: f, label: t(`exports.format_${f}`) }))}
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
          {typedPath && (
            <TextInput
              label={t('exports.path')}
              description={t('exports.pathHint')}
              value={choices.path}
              error={fields.path}
              onChange={(e) => set('path', e.currentTarget.value)}
            />
          )}
          {job.running && <Text size="sm">{t('changesExport.running')}</Text>}
          <ErrorLine error={bannerError(error, fields)} />
          <ExportButtons running={job.running} typedPath={typedPath} onClose={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
