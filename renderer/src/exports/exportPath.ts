// Where a report or notice goes by default: beside the register (or in the Documents folder),
// named after the register, with the format's extension (the contract refuses any other extension,
// so an export can never overwrite the register).
import { NOTICE_FORMATS, REPORT_FORMATS, type NoticeFormat, type ReportFormat } from '../../../core/api/enums';

/** Every format a file export of the app is written in. */
export type DocumentFormat = ReportFormat | NoticeFormat;

const EXTENSION = new RegExp(`\\.(${[...new Set([...REPORT_FORMATS, ...NOTICE_FORMATS])].join('|')})$`, 'i');

/** "register.sqlite" -> "register report.pdf" (or "register privacy notice.pdf" with another `what`). */
export function reportFileName(registerFileName: string, format: DocumentFormat, what = 'report'): string {
  return `${registerFileName.replace(/\.[^./\\]*$/, '')} ${what}.${format}`;
}

/** The register's folder and a report name, with the register's own separator (Windows or POSIX). */
export function reportPathBeside(registerPath: string, format: ReportFormat): string {
  const cut = Math.max(registerPath.lastIndexOf('/'), registerPath.lastIndexOf('\\'));
  return registerPath.slice(0, cut + 1) + reportFileName(registerPath.slice(cut + 1), format);
}

/** A path the user typed follows a change of format when it ends in an export's extension. */
export function withFormat(path: string, format: DocumentFormat): string {
  return EXTENSION.test(path) ? path.replace(EXTENSION, `.${format}`) : path;
}

export const baseName = (path: string): string =>
  path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** A file named `fileName` in `folder` (the browser host's Documents folder), with the folder's separator. */
export function pathIn(folder: string, fileName: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.replace(/[\\/]+$/, '') + separator + fileName;
}

/** A report named after the register in `folder`. */
export const reportPathIn = (folder: string, registerFileName: string, format: ReportFormat): string =>
  pathIn(folder, reportFileName(registerFileName, format));
