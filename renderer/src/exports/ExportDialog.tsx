// The export dialog of the open register: opened by requestExport (register menu, overview page)
// or by the Electron File ▸ Export commands; it keeps the user's choices while it stays mounted,
// so a refused export (say, a folder that cannot be written) loses none of them.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../core/api/client';
import type { ReportFormat } from '../../../core/api/export-options';
import { ropa, settle, shell, type RopaError } from '../api';
import { useLanguage } from '../language';
import { ALL, exportOptionsOf, type ExportChoices } from './exportChoices';
import { baseName, reportFileName, reportPathBeside, reportPathIn, withFormat } from './exportPath';
import { dismissExport, useExportRequest } from './exportRequests';
import { ExportModal } from './ExportModal';
import { useShownActivities } from './shownActivities';
import { useExportJob } from './useExportJob';
import { exportWithConsent, notifyWritten } from './written';

export function ExportDialog({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const request = useExportRequest();
  const lang = useLanguage();
  const [choices, setChoices] = useState<ExportChoices>(() => initialChoices(session, lang, request.format));
  // A menu command names its format; the rest of the choices stay as the user left them.
  const [seenRequest, setSeenRequest] = useState(request.seq);
  if (request.seq !== seenRequest) {
    setSeenRequest(request.seq);
    if (request.format) setChoices(choose(choices, request.format));
  }
  const [error, setError] = useState<RopaError | null>(null);
  const job = useExportJob();
  const shown = useShownActivities();

  // Closing or switching the register closes the dialog; it must not reappear over the next one.
  useEffect(() => dismissExport, []);
  // The browser host has no Save dialog: the typed path starts in the user's Documents folder
  // (else home), named after the register, unless the user has typed one already.
  const [fallbackPath] = useState(choices.path);
  useEffect(() => {
    if (shell()) return;
    let live = true;
    void settle(ropa().getDocumentsFolder()).then((folder) => {
      if (!live || !folder.ok) return;
      const inDocuments = reportPathIn(folder.value.path, session.fileName ?? 'register', 'pdf');
      setChoices((c) =>
        c.path === withFormat(fallbackPath, c.format) ? { ...c, path: withFormat(inDocuments, c.format) } : c,
      );
    });
    return () => {
      live = false;
    };
  }, [fallbackPath, session.fileName]);

  const destination = async (): Promise<string | null> => {
    const s = shell();
    if (!s) return choices.path.trim();
    const picked = await s.showSaveDialog({
      defaultName: baseName(choices.path) || reportFileName(session.fileName ?? 'register', choices.format),
    });
    if (picked) setChoices((c) => ({ ...c, path: picked }));
    return picked;
  };

  const run = async () => {
    const path = await destination();
    if (!path) return;
    setError(null);
    const options = exportOptionsOf(choices, path, shown);
    const outcome = await exportWithConsent(t, (overwrite) => job.start({ ...options, overwrite }));
    if (!outcome) return;
    if (!outcome.ok) return setError(outcome.error);
    dismissExport();
    notifyWritten(t('exports.doneTitle'), outcome.value);
  };

  return (
    <ExportModal
      opened={request.open}
      choices={choices}
      shownCount={shown?.length ?? null}
      onChange={(next) => setChoices(next.format === choices.format ? next : choose(next, next.format))}
      typedPath={!shell()}
      running={job.running}
      progress={job.progress}
      error={error}
      onExport={() => void run()}
      onClose={() => {
        setError(null);
        dismissExport();
      }}
    />
  );
}

const choose = (c: ExportChoices, format: ReportFormat): ExportChoices => ({
  ...c,
  format,
  path: withFormat(c.path, format),
});

function initialChoices(session: SessionInfo, lang: ExportChoices['lang'], format: ReportFormat | null): ExportChoices {
  const f = format ?? 'pdf';
  return {
    format: f,
    lang,
    organisationId: ALL,
    status: ALL,
    onlyShown: true,
    path: session.path ? reportPathBeside(session.path, f) : '',
    asOf: null,
  };
}
