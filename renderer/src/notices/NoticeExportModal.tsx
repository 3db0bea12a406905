// Export notice…: the notice on the page, written as HTML, Markdown, DOCX or PDF. The browser host
// has no Save dialog, so there the path is typed, starting in the user's Documents folder.
import { Input, Modal, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../core/api/client';
import { NOTICE_FORMATS, type NoticeFormat } from '../../../core/api/export-options';
import { ropa, settle, shell, type RopaError } from '../api';
import { ErrorLine } from '../common/ErrorLine';
import { bannerError, fieldErrorsOf } from '../common/fieldErrors';
import { ExportProgressBar } from '../exports/ExportModal';
import { baseName, pathIn, reportFileName, withFormat } from '../exports/exportPath';
import { useExportJob } from '../exports/useExportJob';
import { ExportButtons, exportWithConsent, notifyWritten } from '../exports/written';
import type { NoticeChoice } from './noticeChoice';

interface Props {
  opened: boolean;
  choice: NoticeChoice;
  session: SessionInfo;
  onClose: () => void;
}

export function NoticeExportModal({ opened, choice, session, onClose }: Props) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<NoticeFormat>('pdf');
  // null until the user types a path: then the proposed one, which follows the notice on the page.
  const [typed, setTyped] = useState<string | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  const [error, setError] = useState<RopaError | null>(null);
  const job = useExportJob();
  const typedPath = !shell();
  const fileName = reportFileName(
    session.fileName ?? 'register',
    format,
    [t(`notices.file_${choice.kind}`), choice.kind === 'privacy' ? choice.audience : '', choice.lang]
      .filter(Boolean)
      .join(' '),
  );

  useEffect(() => {
    if (!typedPath) return;
    let live = true;
    void settle(ropa().getDocumentsFolder()).then((found) => {
      if (live && found.ok) setFolder(found.value.path);
    });
    return () => {
      live = false;
    };
  }, [typedPath]);
  const path = typed ?? (folder ? pathIn(folder, fileName) : fileName);

  const destination = async (): Promise<string | null> => {
    const s = shell();
    if (!s) return path.trim();
    return s.showSaveDialog({ defaultName: baseName(path) || fileName });
  };

  const run = async () => {
    const target = await destination();
    if (!target) return;
    setError(null);
    const options = { ...choice, format, path: target };
    const outcome = await exportWithConsent(t, (overwrite) =>
      job.run(() => ropa().exportNotice({ ...options, overwrite })),
    );
    if (!outcome) return;
    if (!outcome.ok) return setError(outcome.error);
    onClose();
    notifyWritten(t('notices.doneTitle'), outcome.value);
  };

  const fields = error && typedPath ? fieldErrorsOf(error, '') : {};
  return (
    <Modal opened={opened} onClose={() => !job.running && onClose()} title={t('notices.exportTitle')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <Stack>
          <Input.Wrapper
            label={t('exports.format')}
            description={t(`notices.formatHint_${format}`)}
            inputWrapperOrder={['label', 'input', 'description']}
          >
            <SegmentedControl
              fullWidth
              mt={4}
              mb={4}
              value={format}
              onChange={(v) => {
                setFormat(v as NoticeFormat);
                setTyped((p) => (p === null ? null : withFormat(p, v as NoticeFormat)));
              }}
              data={NOTICE_FORMATS.map((f) => ({ value: f, label: t(`notices.format_${f}`) }))}
            />
          </Input.Wrapper>
          {typedPath && (
            <TextInput
              label={t('exports.path')}
              description={t('exports.pathHint')}
              value={path}
              error={fields.path}
              onChange={(e) => setTyped(e.currentTarget.value)}
            />
          )}
          {job.running && <ExportProgressBar progress={job.progress} />}
          <ErrorLine error={bannerError(error, fields)} />
          <ExportButtons running={job.running} typedPath={typedPath} onClose={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
