// Exports started through the contract. The dispatcher answers at once with a job id; the export
// runs in a worker thread and the UI polls `getExportJob` for progress and the outcome, which works
// the same over Electron IPC and over the browser host's HTTP. One export runs at a time, so a
// burst of requests queues instead of starting a PDF renderer per request.
import { v7 as uuidv7 } from 'uuid';
import type { CoreContext } from '../context';
import { notFound, toRopaError } from '../api/errors';
import { checkWriteTarget } from '../write-target';
import { checkExportFolder, exportTargets } from './export-input';
import type { ExportJob, ExportResult, ParsedChangesExportOptions, ParsedExportOptions } from '../api/export-options';
import { changesPeriod } from './changes-period';
import { changesInWorker, exportInWorker, type WorkerSettings } from './worker';

/** Finished jobs kept for polling; older ones are forgotten. */
const KEEP_FINISHED = 50;
const jobs = new Map<string, ExportJob>();
let settings: WorkerSettings = {};
let queue: Promise<void> = Promise.resolve();

/** A bundled build (Electron) names its compiled worker, fonts and migrations folders once at start-up. */
export function configureExportWorker(next: WorkerSettings): void {
  settings = next;
}

function forgetOldJobs(): void {
  const finished = [...jobs.values()].filter((j) => j.state === 'done' || j.state === 'failed');
  for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(j.jobId);
}

async function run(job: ExportJob, write: () => Promise<ExportResult>): Promise<void> {
  job.state = 'running';
  try {
    job.result = await write();
    job.state = 'done';
  } catch (err) {
    job.error = toRopaError(err, 'The export failed');
    job.state = 'failed';
  }
  forgetOldJobs();
}

/** Queues an export rendered in this thread from what the caller already read (a notice's model). */
export function startRenderJob(render: (fontsFolder: string | undefined) => Promise<ExportResult>): { jobId: string } {
  const job: ExportJob = { jobId: uuidv7(), state: 'queued', progress: null, result: null, error: null };
  jobs.set(job.jobId, job);
  queue = queue.then(async () => {
    job.state = 'running';
    try {
      job.result = await render(settings.fontsFolder);
      job.state = 'done';
    } catch (err) {
      job.error = toRopaError(err, 'The export failed');
      job.state = 'failed';
    }
    forgetOldJobs();
  });
  return { jobId: job.jobId };
}

/** Queues an export; `o` was validated by the contract at the dispatcher, so only the folder is checked here. */
export function startExport(ctx: CoreContext, o: ParsedExportOptions): { jobId: string } {
  checkExportFolder(o);
  // Refused at once (the UI asks "Replace …?"), not after the job has queued and rendered.
  for (const target of exportTargets(o))
    checkWriteTarget(target, { overwrite: o.overwrite, registerPath: ctx.register.path });
  const job: ExportJob = { jobId: uuidv7(), state: 'queued', progress: null, result: null, error: null };
  jobs.set(job.jobId, job);
  const registerPath = ctx.register.path;
  queue = queue.then(() => run(job, () => exportInWorker(registerPath, o, (p) => (job.progress = p), settings)));
  return { jobId: job.jobId };
}

/** Queues the changes report of a period; a period that ends before it starts is refused at once. */
export function startChangesExport(ctx: CoreContext, o: ParsedChangesExportOptions): { jobId: string } {
  changesPeriod(o);
  checkExportFolder(o);
  checkWriteTarget(o.path, { overwrite: o.overwrite, registerPath: ctx.register.path });
  const job: ExportJob = { jobId: uuidv7(), state: 'queued', progress: null, result: null, error: null };
  jobs.set(job.jobId, job);
  const registerPath = ctx.register.path;
  queue = queue.then(() => run(job, () => changesInWorker(registerPath, o, settings)));
  return { jobId: job.jobId };
}

export function getExportJob(jobId: string): ExportJob {
  const job = jobs.get(jobId);
  if (!job) throw notFound('export', jobId);
  return { ...job };
}
