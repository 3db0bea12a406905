import { ActionIcon, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { settle, type Outcome, type RopaError } from '../api';
import { ErrorLine } from './ErrorLine';
import { LoadedView } from './LoadedView';
import { EmptyView } from './StateViews';
import { useLoad } from './useLoad';

export interface CatalogColumn<T> {
  header: string;
  /** Short values that must not wrap. */
  nowrap?: boolean;
  render: (row: T) => ReactNode;
}

export interface CatalogProps<T extends { id: string; version: number }> {
  /** Stable (useCallback) loader of the rows. */
  load: () => Promise<Outcome<T[]>>;
  columns: CatalogColumn<T>[];
  nameOf: (row: T) => string;
  addLabel: string;
  emptyTitle: string;
  emptyHint: string;
  readOnly: boolean;
  /** The create (row null) or edit form; it calls `done` after a save. */
  form: (row: T | null, close: () => void, done: () => void) => ReactNode;
  remove: (row: T) => Promise<Outcome<unknown>>;
  /** Rows that cannot be deleted (e.g. built-in terms) get no delete button. */
  canDelete?: (row: T) => boolean;
}

/** A catalogue screen body: the list, add/edit in a modal form, delete after confirmation. */
export function CatalogList<T extends { id: string; version: number }>(p: CatalogProps<T>) {
  const { t } = useTranslation();
  const [loaded, reload] = useLoad(p.load);
  const [editing, setEditing] = useState<T | null | undefined>(undefined);
  const [error, setError] = useState<RopaError | null>(null);
  const close = () => setEditing(undefined);
  const done = () => {
    close();
    reload();
  };
  const confirmDelete = (row: T) =>
    modals.openConfirmModal({
      title: t('catalog.deleteTitle', { name: p.nameOf(row) }),
      children: t('catalog.deleteBody'),
      labels: { confirm: t('action.delete'), cancel: t('action.cancel') },
      confirmProps: { color: 'red' },
      // Mantine calls onConfirm without awaiting it: the async work runs on its own.
      onConfirm: () =>
        void (async () => {
          const outcome = await settle(p.remove(row));
          setError(outcome.ok ? null : outcome.error);
          if (outcome.ok) notifications.show({ color: 'teal', message: t('catalog.deleted', { name: p.nameOf(row) }) });
          reload();
        })(),
    });
  const add = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)} disabled={p.readOnly} w="fit-content">
      {p.addLabel}
    </Button>
  );
  return (
    <Stack gap="md">
      <ErrorLine error={error} onClose={() => setError(null)} />
      <LoadedView loaded={loaded} reload={reload}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyView title={p.emptyTitle} hint={p.emptyHint} action={add} />
          ) : (
            <Stack gap="sm">
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  {t('catalog.count', { count: rows.length })}
                </Text>
                {add}
              </Group>
              <Table withTableBorder striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    {p.columns.map((c) => (
                      <Table.Th key={c.header}>{c.header}</Table.Th>
                    ))}
                    <Table.Th w={90} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.id}>
                      {p.columns.map((c) => (
                        <Table.Td key={c.header} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                          {c.render(row)}
                        </Table.Td>
                      ))}
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          <Tooltip label={t('action.edit')}>
                            <ActionIcon
                              variant="subtle"
                              aria-label={`${t('action.edit')} ${p.nameOf(row)}`}
                              onClick={() => setEditing(row)}
                              disabled={p.readOnly}
                            >
                              <IconPencil size={16} />
                            </ActionIcon>
                          </Tooltip>
                          {(p.canDelete?.(row) ?? true) && (
                            <Tooltip label={t('action.delete')}>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={`${t('action.delete')} ${p.nameOf(row)}`}
                                onClick={() => confirmDelete(row)}
                                disabled={p.readOnly}
                              >
                                <IconTrash size={16} />
                              </ActionIcon>
                            </Tooltip>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )
        }
      </LoadedView>
      {editing !== undefined && p.form(editing, close, done)}
    </Stack>
  );
}
