// The shell's own small memory between runs: window size and the registers last opened. Kept in
// a JSON file in Electron's userData folder; a missing, damaged or hand-edited file never stops the
// app from starting: whatever does not validate falls back to the defaults.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const MAX_RECENT = 10;
const filePath = z.string().min(1).max(4_096);

const bounds = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof bounds>;

const settingsSchema = z.object({
  window: bounds,
  lastRegister: filePath.nullable(),
  recentRegisters: z.array(filePath).max(100),
  /** Rolling backups kept per register (core/backup.ts); edit settings.json to change it. */
  backupsToKeep: z.number().int().min(1).max(1_000),
});
export type Settings = z.infer<typeof settingsSchema>;

const DEFAULTS: Settings = {
  window: { width: 1280, height: 820, maximized: false },
  lastRegister: null,
  recentRegisters: [],
  backupsToKeep: 10,
};

// Reading forgives: each field falls back on its own, so one bad value costs only that value.
const lenientSchema = z.object({
  window: settingsSchema.shape.window.catch(DEFAULTS.window),
  lastRegister: settingsSchema.shape.lastRegister.catch(null),
  recentRegisters: settingsSchema.shape.recentRegisters.catch([]),
  backupsToKeep: settingsSchema.shape.backupsToKeep.catch(DEFAULTS.backupsToKeep),
});

export const SETTINGS_FILE = 'settings.json';
export const defaultSettings = (): Settings => structuredClone(DEFAULTS);

/** The settings in `dir`, or the defaults when the file is absent, not JSON or not an object. */
export function readSettings(dir: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dir, SETTINGS_FILE), 'utf8'));
  } catch {
    return defaultSettings();
  }
  const parsed = lenientSchema.safeParse(raw);
  return parsed.success ? parsed.data : defaultSettings();
}

/** Written to a temporary file first, so a crash mid-write leaves the previous settings intact. */
export function writeSettings(dir: string, settings: Settings): void {
  const valid = settingsSchema.parse(settings);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, SETTINGS_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(valid, null, 2)}\n`);
  fs.renameSync(temp, file);
}

/** `file` becomes the last register and moves to the top of the recent list. */
export function rememberRegister(settings: Settings, file: string): Settings {
  const recentRegisters = [file, ...settings.recentRegisters.filter((f) => f !== file)].slice(0, MAX_RECENT);
  return { ...settings, lastRegister: file, recentRegisters };
}

export function forgetRegister(settings: Settings, file: string): Settings {
  return {
    ...settings,
    lastRegister: settings.lastRegister === file ? null : settings.lastRegister,
    recentRegisters: settings.recentRegisters.filter((f) => f !== file),
  };
}
