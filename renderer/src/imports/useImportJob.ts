// Following one step of the import (read, review, write): the operation answers at once with a job
// id, and getImportJob is polled for progress and the outcome, as exports are.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportJob } from '../../../core/api/import-report';
import { ropa, settle, type Outcome, type RopaError } from '../api';

const POLL_MS = 200;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stopped: RopaError = { kind: 'internal', message: 'The import stopped without a result.' };

export interface ImportJobRun {
  running: boolean;
  progress: ImportJob['progress'];
  follow(started: Promise<Outcome<{ jobId: string }>>): Promise<Outcome<ImportJob>>;
}

export function useImportJob(): ImportJobRun {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ImportJob['progress']>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const follow = useCallback(async (started: Promise<Outcome<{ jobId: string }>>): Promise<Outcome<ImportJob>> => {
    setRunning(true);
    setProgress(null);
    try {
      const begun = await settle(started);
      if (!begun.ok) return begun;
      while (mounted.current) {
        const polled = await settle(ropa().getImportJob({ jobId: begun.value.jobId }));
        if (!polled.ok) return polled;
        const job = polled.value;
        if (job.state === 'done') return { ok: true, value: job };
        if (job.state === 'failed') return { ok: false, error: job.error ?? stopped };
        if (mounted.current) setProgress(job.progress);
        await pause(POLL_MS);
      }
      return { ok: false, error: stopped };
    } finally {
      if (mounted.current) setRunning(false);
    }
  }, []);

  return { running, progress, follow };
}
