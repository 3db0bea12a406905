// The one entry point of every transport: validate the input against the contract, refuse writes to
// a read-only register, run the feature module, and turn every failure into a typed error.
import type { z } from 'zod';
import { RegisterFileError } from '../db/open';
import * as activities from './activities';
import { saveCopy } from './backup';
import { pollChanges } from './changes';
import { runChecks } from './checks';
import {
  contract,
  isMethodName,
  type MethodName,
  type Outcome,
  type ParsedInputOf,
  type ResultOf,
} from './api/contract';
import type { CoreContext } from './context';
import { fileSystemError, invalid, issuesOf, RopaFailure, type RopaError } from './api/errors';
import { listHistory } from './history';
import { organisationEntity } from './organisations';
import { recipientEntity } from './recipients';
import { getExportJob, startExport } from './reports/jobs';
import { getRegisterInfo } from './register-info';
import { listTerms, termEntity } from './terms';
import { verifyRegister } from './verify';

// Kept here too for the callers that import it from the dispatcher.
export { issuesOf } from './api/errors';

type Handlers = { [M in MethodName]: (ctx: CoreContext, input: ParsedInputOf<M>) => ResultOf<M> };

const handlers: Handlers = {
  getRegisterInfo: (ctx) => getRegisterInfo(ctx),

  listOrganisations: (ctx) => organisationEntity.list(ctx),
  getOrganisation: (ctx, i) => organisationEntity.get(ctx, i.id),
  createOrganisation: (ctx, i) => organisationEntity.create(ctx, i),
  updateOrganisation: (ctx, i) => organisationEntity.update(ctx, i),
  deleteOrganisation: (ctx, i) => organisationEntity.remove(ctx, i),

  listActivities: (ctx, i) => activities.listActivities(ctx, i.lang),
  searchActivities: (ctx, i) => activities.searchActivities(ctx, i),
  getActivity: (ctx, i) => activities.getActivity(ctx, i.id),
  createActivity: (ctx, i) => activities.createActivity(ctx, i),
  updateActivity: (ctx, i) => activities.updateActivity(ctx, i),
  deleteActivity: (ctx, i) => activities.deleteActivity(ctx, i),

  listRecipients: (ctx) => recipientEntity.list(ctx),
  getRecipient: (ctx, i) => recipientEntity.get(ctx, i.id),
  createRecipient: (ctx, i) => recipientEntity.create(ctx, i),
  updateRecipient: (ctx, i) => recipientEntity.update(ctx, i),
  deleteRecipient: (ctx, i) => recipientEntity.remove(ctx, i),

  listTerms: (ctx, i) => listTerms(ctx, i.kind),
  createTerm: (ctx, i) => termEntity.create(ctx, i),
  updateTerm: (ctx, i) => termEntity.update(ctx, i),
  deleteTerm: (ctx, i) => termEntity.remove(ctx, i),

  runChecks: (ctx, i) => runChecks(ctx, i.activityIds),
  listHistory: (ctx, i) => listHistory(ctx, i),
  verifyHistory: (ctx) => verifyRegister(ctx.register.sqlite),
  pollChanges: (ctx, i) => pollChanges(ctx, i.since),
  saveCopy: (ctx, i) => saveCopy(ctx, i.path, i.overwrite),
  exportReport: (ctx, i) => startExport(ctx, i),
  getExportJob: (_ctx, i) => getExportJob(i.jobId),
};

const validationError = (error: z.ZodError): RopaError => invalid(issuesOf(error)).error;

function sqliteError(err: unknown): RopaError | null {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return { kind: 'file', message: 'The register is busy with another user\u2019s save; try again in a moment.' };
  if (code === 'SQLITE_READONLY')
    return { kind: 'read_only', message: 'The register file cannot be written (read-only file or folder).' };
  if (code.startsWith('SQLITE_CONSTRAINT'))
    return { kind: 'validation', message: 'The change would break the register\u2019s consistency.', issues: [] };
  return { kind: 'file', message: `The register file could not be used: ${(err as Error).message}` };
}

/** Runs one contract method. Never throws: every failure is an `{ ok: false, error }`. */
export function dispatch(ctx: CoreContext, method: string, input: unknown): Outcome<unknown> {
  if (!isMethodName(method))
    return {
      ok: false,
      error: { kind: 'unknown_method', message: `Unknown operation ${JSON.stringify(method).slice(0, 80)}.` },
    };
  const spec = contract[method];
  if (spec.write && ctx.register.readOnly) {
    return {
      ok: false,
      error: { kind: 'read_only', message: 'This register is open read-only; changes cannot be saved.' },
    };
  }
  const parsed = spec.input.safeParse(input ?? undefined);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  try {
    const handler = handlers[method] as (ctx: CoreContext, input: unknown) => unknown;
    return { ok: true, value: handler(ctx, parsed.data) };
  } catch (err) {
    if (err instanceof RopaFailure) return { ok: false, error: err.error };
    if (err instanceof RegisterFileError) return { ok: false, error: { kind: 'file', message: err.message } };
    const fromSqlite = sqliteError(err);
    if (fromSqlite) return { ok: false, error: fromSqlite };
    const fromFiles = fileSystemError(err);
    if (fromFiles) return { ok: false, error: fromFiles };
    return {
      ok: false,
      error: { kind: 'internal', message: `Unexpected error: ${(err as Error).message ?? String(err)}` },
    };
  }
}

/** A typed wrapper for callers inside the process (CLI, tests, bench). */
export function call<M extends MethodName>(
  ctx: CoreContext,
  method: M,
  input?: z.input<(typeof contract)[M]['input']>,
): Outcome<ResultOf<M>> {
  return dispatch(ctx, method, input) as Outcome<ResultOf<M>>;
}

/** Like `call`, but throws the typed error: for scripts where a failure is a bug. */
export function must<M extends MethodName>(
  ctx: CoreContext,
  method: M,
  input?: z.input<(typeof contract)[M]['input']>,
): ResultOf<M> {
  const out = call(ctx, method, input);
  if (!out.ok) throw new RopaFailure(out.error);
  return out.value;
}
