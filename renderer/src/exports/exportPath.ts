// Where a report goes by default: beside the register, named after it, with the format's
// extension (the contract refuses any other extension, so a report can never overwrite the register).
import { REPORT_FORMATS, type ReportFormat } from '../../../core/api/export-options';

const REPORT_EXTENSION = new RegExp(`\\.(${REPORT_FORMATS.join('|')})$`, 'i');

/** "register.sqlite" -> "register report.pdf". */
export function reportFileName(registerFileName: string, format: ReportFormat): string {
  return `${registerFileName.replace(/\.[^./\\]*$/, '')} report.${format}`;
}

/** The register's folder and a report name, with the register's own separator (Windows or POSIX). */
export function reportPathBeside(registerPath: string, format: ReportFormat): string {
  const cut = Math.max(registerPath.lastIndexOf('/'), registerPath.lastIndexOf('\\'));
  return registerPath.slice(0, cut + 1) + reportFileName(registerPath.slice(cut + 1), format);
}

/** A path the user typed follows a change of format when it ends in a report extension. */
export function withFormat(path: string, format: ReportFormat): string {
  return REPORT_EXTENSION.test(path) ? path.replace(REPORT_EXTENSION, `.${format}`) : path;
}

export const baseName = (path: string): string =>
  path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** A report named after the register in `folder` (the browser host's Documents folder), with the folder's separator. */
export function reportPathIn(folder: string, registerFileName: string, format: ReportFormat): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.replace(/[\\/]+$/, '') + separator + reportFileName(registerFileName, format);
}
