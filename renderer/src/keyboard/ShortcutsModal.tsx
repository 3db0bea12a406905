import { Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const mod = () => (/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl');

/** "?" shows what the keyboard can do. */
export function ShortcutsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const rows: [string[], string][] = [
    [[mod(), 'N'], t('shortcuts.newActivity')],
    [[mod(), 'F'], t('shortcuts.search')],
    [[mod(), 'S'], t('shortcuts.save')],
    [['Enter'], t('shortcuts.pickFirst')],
    [['↑ ↓'], t('shortcuts.moveRows')],
    [['Enter'], t('shortcuts.openRow')],
    [['Esc'], t('shortcuts.close')],
    [['?'], t('shortcuts.help')],
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} size="md">
      <Table>
        <Table.Tbody>
          {rows.map(([keys, what], i) => (
            <Table.Tr key={i}>
              <Table.Td w={120}>
                {keys.map((k, j) => (
                  <span key={k}>
                    {j > 0 && ' + '}
                    <Kbd>{k}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
