// Starting an export and following it: exportReport answers at once with a job id, the worker's
// progress comes from polling getExportJob (the same over Electron IPC and the browser host's HTTP).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportOptions, ExportProgress, ExportResult } from '../../../core/api/export-options';
import { ropa, settle, type Outcome, type RopaError } from '../api';

const POLL_MS = 250;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ExportRun {
  running: boolean;
  progress: ExportProgress | null;
  /** A report (exportReport). */
  start(options: ExportOptions): Promise<Outcome<ExportResult>>;
  /** Any export the contract queues as a job (a notice, …): `begin` asks for it, then it is followed. */
  run(begin: () => Promise<Outcome<{ jobId: string }>>): Promise<Outcome<ExportResult>>;
}

export function useExportJob(): ExportRun {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  // A dialog closed mid-export stops polling; the export itself still finishes in the worker.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const follow = useCallback(async (jobId: string): Promise<Outcome<ExportResult>> => {
    while (mounted.current) {
      const polled = await settle(ropa().getExportJob({ jobId }));
      if (!polled.ok) return polled;
      const job = polled.value;
      if (job.state === 'done' && job.result) return { ok: true, value: job.result };
      if (job.state === 'failed') return { ok: false, error: job.error ?? stopped };
      if (mounted.current) setProgress(job.progress);
      await pause(POLL_MS);
    }
    return { ok: false, error: stopped };
  }, []);

  const run = useCallback(
    async (begin: () => Promise<Outcome<{ jobId: string }>>): Promise<Outcome<ExportResult>> => {
      setRunning(true);
      setProgress(null);
      const started = await settle(begin());
      const outcome = started.ok ? await follow(started.value.jobId) : started;
      if (mounted.current) setRunning(false);
      return outcome;
    },
    [follow],
  );
  const start = useCallback((options: ExportOptions) => run(() => ropa().exportReport(options)), [run]);

  return { running, progress, start, run };
}

const stopped: RopaError = { kind: 'internal', message: 'The export stopped without a result.' };
