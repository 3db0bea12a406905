// What every file export says to the user: a question before an existing file is replaced, the
// dialog's buttons, and a notification naming the files written (reports, notices and changes alike).
import { Button, Group, List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../core/api/export-options';
import type { Outcome } from '../api';
import { baseName } from './exportPath';

/** Resolves true only when the user chose Replace. */
function confirmReplace(t: TFunction, file: string): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const name = baseName(file);
    modals.openConfirmModal({
      title: t('exports.replaceTitle', { name }),
      children: <Text size="sm">{t('exports.replaceText', { name, folder: file.slice(0, -name.length - 1) })}</Text>,
      labels: { confirm: t('exports.replace'), cancel: t('action.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}

/**
 * Runs an export; when its file is already there, asks, and runs it again with consent (the host
 * never replaces a file unasked). null when the user keeps the file.
 */
export async function exportWithConsent(
  t: TFunction,
  run: (overwrite: boolean) => Promise<Outcome<ExportResult>>,
): Promise<Outcome<ExportResult> | null> {
  const first = await run(false);
  if (first.ok || first.error.kind !== 'exists') return first;
  return (await confirmReplace(t, first.error.path)) ? run(true) : null;
}

/** Cancel and Export (Export to… where a Save dialog asks where). */
export function ExportButtons({
  running,
  typedPath,
  onClose,
}: {
  running: boolean;
  typedPath: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" disabled={running} onClick={onClose}>
        {t('action.cancel')}
      </Button>
      <Button type="submit" loading={running}>
        {t(typedPath ? 'exports.export' : 'exports.exportTo')}
      </Button>
    </Group>
  );
}

export function notifyWritten(title: string, result: ExportResult): void {
  notifications.show({ color: 'teal', title, message: <WrittenFiles result={result} />, autoClose: 10_000 });
}

/** The notification's body: how many activities (or changed fields), and every file written (CSV writes four). */
function WrittenFiles({ result }: { result: ExportResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm">
        {result.changes !== undefined
          ? t('changesExport.done', { count: result.changes })
          : result.pages
            ? t('exports.donePdf', { count: result.activities, pages: result.pages })
            : t('exports.done', { count: result.activities })}
      </Text>
      <List size="sm" listStyleType="none" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {result.files.map((f) => (
          <List.Item key={f.path}>{f.path}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
