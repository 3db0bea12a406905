// What every file export says to the user: a question before an existing file is replaced, and a
// notification naming the files written (reports and notices alike).
import { List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../core/api/export-options';
import { baseName } from './exportPath';

/** Resolves true only when the user chose Replace. */
export function confirmReplace(t: TFunction, file: string): Promise<boolean> {
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
