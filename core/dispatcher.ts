// Runs the operations of the registry (core/api/contract.ts) that work on the open register: refuse
// writes to a read-only register, validate the input, run the feature module's handler, and turn
// every failure into a typed error. Session operations are core/host.ts's; the host forwards the
// rest here, and the CLI, tests and bench call `call`/`must` directly.
import type { z } from 'zod';
import * as activities from './activities';
import { saveCopy } from './backup';
import { pollChanges } from './changes';
import { runChecks } from './checks';
import {
  contract,
  isRegisterMethod,
  type Outcome,
  type ParsedInputOf,
  type RegisterMethod,
  type ResultOf,
} from './api/contract';
import type { CoreContext } from './context';
import { RopaFailure, toRopaError } from './api/errors';
import { listHistory } from './history';
import { organisationEntity } from './organisations';
import { recipientEntity } from './recipients';
import { getExportJob, startChangesExport, startExport } from './reports/jobs';
import { cookieEntity, listCookies } from './cookies';
import { previewNotice, startNoticeExport } from './notices';
import { describeLayout, getImportJob, startReadSource, startReview, startWrite } from './import/jobs';
import { getRegisterInfo } from './register-info';
import { setRegisterLanguages } from './language-change';
import { listTerms, termEntity } from './terms';
import { verifyRegister } from './verify';
import { acceptCurrentData } from './accept-data';
import { firstPackedSummaries, packedSummaries } from './activity-summaries';

/** One handler per register operation of the registry: the type checker asks for a new entry's. */
type Handlers = { [M in RegisterMethod]: (ctx: CoreContext, input: ParsedInputOf<M>) => ResultOf<M> };

const handlers: Handlers = {
  getRegisterInfo: (ctx) => getRegisterInfo(ctx),
  setRegisterLanguages: (ctx, i) => setRegisterLanguages(ctx, i),

  listOrganisations: (ctx) => organisationEntity.list(ctx),
  getOrganisation: (ctx, i) => organisationEntity.get(ctx, i.id),
  createOrganisation: (ctx, i) => organisationEntity.create(ctx, i),
  updateOrganisation: (ctx, i) => organisationEntity.update(ctx, i),
  deleteOrganisation: (ctx, i) => organisationEntity.remove(ctx, i),

  listActivities: (ctx, i) => activities.listActivities(ctx, i.lang),
  listActivityRows: (ctx, i) =>
    i.first === undefined ? packedSummaries(ctx, i.lang) : firstPackedSummaries(ctx, i.lang, i.first),
  searchActivities: (ctx, i) => activities.searchActivities(ctx, i),
  getActivity: (ctx, i) => activities.getActivity(ctx, i.id),
  createActivity: (ctx, i) => activities.createActivity(ctx, i),
  createActivities: (ctx, i) => activities.createActivities(ctx, i.activities, (n) => `activities.${n}.`),
  updateActivity: (ctx, i) => activities.updateActivity(ctx, i),
  deleteActivity: (ctx, i) => activities.deleteActivity(ctx, i),

  listRecipients: (ctx) => recipientEntity.list(ctx),
  getRecipient: (ctx, i) => recipientEntity.get(ctx, i.id),
  createRecipient: (ctx, i) => recipientEntity.create(ctx, i),
  updateRecipient: (ctx, i) => recipientEntity.update(ctx, i),
  deleteRecipient: (ctx, i) => recipientEntity.remove(ctx, i),

  listCookies: (ctx) => listCookies(ctx),
  getCookie: (ctx, i) => cookieEntity.get(ctx, i.id),
  createCookie: (ctx, i) => cookieEntity.create(ctx, i),
  updateCookie: (ctx, i) => cookieEntity.update(ctx, i),
  deleteCookie: (ctx, i) => cookieEntity.remove(ctx, i),

  listTerms: (ctx, i) => listTerms(ctx, i.kind),
  createTerm: (ctx, i) => termEntity.create(ctx, i),
  updateTerm: (ctx, i) => termEntity.update(ctx, i),
  deleteTerm: (ctx, i) => termEntity.remove(ctx, i),

  runChecks: (ctx, i) => runChecks(ctx, i.activityIds, i.lang),
  listHistory: (ctx, i) => listHistory(ctx, i),
  acceptCurrentData: (ctx) => acceptCurrentData(ctx),
  verifyHistory: (ctx, i) =>
    verifyRegister(ctx.register.sqlite, {
      anchor: i.anchor,
      file: ctx.register.path,
      currentSchema: ctx.register.schemaVersion,
    }),
  pollChanges: (ctx, i) => pollChanges(ctx, i.since),
  saveCopy: (ctx, i) => saveCopy(ctx, i.path, i.overwrite),
  exportReport: (ctx, i) => startExport(ctx, i),
  exportChanges: (ctx, i) => startChangesExport(ctx, i),
  getExportJob: (_ctx, i) => getExportJob(i.jobId),
  previewNotice: (ctx, i) => previewNotice(ctx, i),
  exportNotice: (ctx, i) => startNoticeExport(ctx, i),
  readImportSource: (ctx, i) => startReadSource(ctx, i.path),
  describeImportLayout: (ctx, i) => describeLayout(ctx, i),
  reviewImport: (ctx, i) => startReview(ctx, i),
  runImport: (ctx, i) => startWrite(ctx, i),
  getImportJob: (_ctx, i) => getImportJob(i.jobId),
};

/** Runs one register operation. Never throws: every failure is an `{ ok: false, error }`. */
export function dispatch(ctx: CoreContext, method: string, input: unknown): Outcome<unknown> {
  // A session operation (getSession, openRegister, ...) needs the host: unknown here.
  if (!isRegisterMethod(method))
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
  if (!parsed.success) return { ok: false, error: toRopaError(parsed.error) };
  try {
    const handler = handlers[method] as (ctx: CoreContext, input: unknown) => unknown;
    return { ok: true, value: handler(ctx, parsed.data) };
  } catch (err) {
    return { ok: false, error: toRopaError(err) };
  }
}

/** A typed wrapper for callers inside the process (CLI, tests, bench). */
export function call<M extends RegisterMethod>(
  ctx: CoreContext,
  method: M,
  input?: z.input<(typeof contract)[M]['input']>,
): Outcome<ResultOf<M>> {
  return dispatch(ctx, method, input) as Outcome<ResultOf<M>>;
}

/** Like `call`, but throws the typed error: for scripts where a failure is a bug. */
export function must<M extends RegisterMethod>(
  ctx: CoreContext,
  method: M,
  input?: z.input<(typeof contract)[M]['input']>,
): ResultOf<M> {
  const out = call(ctx, method, input);
  if (!out.ok) throw new RopaFailure(out.error);
  return out.value;
}
