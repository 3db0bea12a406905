// The register a window works on: which file is open, opening and creating files, and forwarding
// every other call to the dispatcher. Electron's main process and the browser host each own one.
import path from 'node:path';
import { z } from 'zod';
import { RegisterFileError, type OpenOptions } from '../db/open';
import { isMethodName, type Outcome } from './contract';
import type { CoreContext } from './context';
import { dispatch, issuesOf } from './dispatcher';
import { invalid, RopaFailure, type RopaError } from './errors';
import { newRegister, openSession } from './register';
import { fillSample } from './sample';

const filePath = z.string().trim().min(1, 'required').max(4_096);

export const sessionContract = {
  getSession: z.object({}).default({}),
  openRegister: z.object({ path: filePath, readOnly: z.boolean().default(false) }),
  createRegister: z.object({ path: filePath, sample: z.boolean().default(false), name: z.string().trim().max(300).optional() }),
  closeRegister: z.object({}).default({}),
};
export type SessionMethod = keyof typeof sessionContract;
export const sessionMethodNames = Object.keys(sessionContract) as SessionMethod[];
export type SessionInput<M extends SessionMethod> = z.input<(typeof sessionContract)[M]>;

export interface SessionInfo {
  path: string | null;
  fileName: string | null;
  readOnly: boolean;
  author: string;
}

export interface HostOptions {
  author: string;
  migrationsFolder?: string;
}

const isSessionMethod = (m: string): m is SessionMethod => Object.hasOwn(sessionContract, m);

export class RegisterHost {
  private ctx: CoreContext | null = null;

  constructor(private readonly options: HostOptions) {}

  get context(): CoreContext | null {
    return this.ctx;
  }

  session(): SessionInfo {
    const r = this.ctx?.register;
    return { path: r?.path ?? null, fileName: r ? path.basename(r.path) : null, readOnly: r?.readOnly ?? false, author: this.options.author };
  }

  open(file: string, readOnly = false): SessionInfo {
    const opts: OpenOptions = { readOnly };
    if (this.options.migrationsFolder) opts.migrationsFolder = this.options.migrationsFolder;
    const next = openSession(file, this.options.author, opts);
    this.close();
    this.ctx = next;
    return this.session();
  }

  create(file: string, sample: boolean, name?: string): SessionInfo {
    const next = newRegister(file, { author: this.options.author, ...(this.options.migrationsFolder ? { migrationsFolder: this.options.migrationsFolder } : {}), ...(name ? { name } : {}) });
    if (sample) fillSample(next);
    this.close();
    this.ctx = next;
    return this.session();
  }

  close(): void {
    this.ctx?.register.close();
    this.ctx = null;
  }

  /** One entry point for transports: session methods here, everything else to the dispatcher. */
  handle(method: string, input: unknown): Outcome<unknown> {
    if (isSessionMethod(method)) {
      try {
        return { ok: true, value: this.runSession(method, input ?? undefined) };
      } catch (err) {
        return { ok: false, error: toError(err) };
      }
    }
    if (!isMethodName(method)) return { ok: false, error: { kind: 'unknown_method', message: `Unknown operation ${JSON.stringify(method).slice(0, 80)}.` } };
    if (!this.ctx) return { ok: false, error: { kind: 'file', message: 'No register is open; open or create one first.' } };
    return dispatch(this.ctx, method, input);
  }

  private runSession(method: SessionMethod, input: unknown): SessionInfo {
    switch (method) {
      case 'getSession':
        sessionContract.getSession.parse(input);
        return this.session();
      case 'openRegister': {
        const i = sessionContract.openRegister.parse(input);
        return this.open(i.path, i.readOnly);
      }
      case 'createRegister': {
        const i = sessionContract.createRegister.parse(input);
        return this.create(i.path, i.sample, i.name);
      }
      case 'closeRegister':
        sessionContract.closeRegister.parse(input);
        this.close();
        return this.session();
    }
  }
}

function toError(err: unknown): RopaError {
  if (err instanceof z.ZodError) return invalid(issuesOf(err)).error;
  if (err instanceof RegisterFileError) return { kind: 'file', message: err.message };
  if (err instanceof RopaFailure) return err.error;
  return { kind: 'internal', message: `Unexpected error: ${(err as Error).message ?? String(err)}` };
}
