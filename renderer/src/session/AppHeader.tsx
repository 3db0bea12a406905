import { Badge, Button, Group, Text } from '@mantine/core';
import {
  IconChevronDown,
  IconDatabase,
  IconFileExport,
  IconFilePlus,
  IconFolderOpen,
  IconTableImport,
  IconHelp,
  IconHistory,
  IconKeyboard,
  IconLanguage,
  IconLicense,
  IconX,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../core/api/client';
import { HoverTip, MenuButton, MenuItem } from '../common/afterFirstPaint';
import { LANGUAGES } from '../../../core/api/enums';
import { requestExport } from '../exports/exportRequests';
import { chooseLanguage } from '../i18n';
import { LANGUAGE_NAMES, useLanguage } from '../language';
import type { RegisterAction } from './RegisterModal';

interface Props {
  session: SessionInfo | null;
  onAction: (a: RegisterAction) => void;
  onClose: () => void;
  /** Restore from backup… (the Electron shell's File menu offers it too). */
  onRestore: () => void;
  /** Import spreadsheet… (the Electron shell's File menu offers it too). */
  onImport: () => void;
  /** Help ▸ Keyboard shortcuts and Help ▸ About and licences (the Electron shell's Help menu too). */
  onShortcuts: () => void;
  onLicences: () => void;
  /** Change the name the history records (AuthorModal). */
  onAuthor: () => void;
}

export function AppHeader({
  session,
  onAction,
  onClose,
  onRestore,
  onImport,
  onShortcuts,
  onLicences,
  onAuthor,
}: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <IconDatabase size={22} color="var(--mantine-color-indigo-6)" />
        <Text fw={600} size="lg">
          {t('app.title')}
        </Text>
        {session?.path && (
          <HoverTip label={session.path}>
            <Text c="dimmed" size="sm" truncate maw={420} data-testid="register-file">
              {session.fileName}
            </Text>
          </HoverTip>
        )}
        {session?.readOnly && (
          <Badge color="orange" variant="light">
            {t('session.readOnlyBadge')}
          </Badge>
        )}
      </Group>
      <Group gap="xs" wrap="nowrap">
        {session?.author && (
          <HoverTip label={t('author.change')}>
            <Button variant="subtle" color="gray" size="xs" onClick={onAuthor} data-testid="author">
              {t('session.signedAs', { author: session.author })}
            </Button>
          </HoverTip>
        )}
        <MenuButton
          button={
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconLanguage size={16} />}
              rightSection={<IconChevronDown size={14} />}
              aria-label={t('session.languageMenu', { language: LANGUAGE_NAMES[lang] })}
              data-testid="language-menu"
            >
              {LANGUAGE_NAMES[lang]}
            </Button>
          }
        >
          {LANGUAGES.map((l) => (
            <MenuItem key={l} lang={l} onClick={() => chooseLanguage(l)} aria-current={l === lang || undefined}>
              {LANGUAGE_NAMES[l]}
            </MenuItem>
          ))}
        </MenuButton>
        <MenuButton
          button={
            <Button
              variant="default"
              size="xs"
              rightSection={<IconChevronDown size={14} />}
              data-testid="register-menu"
            >
              {t('session.register')}
            </Button>
          }
        >
          <MenuItem leftSection={<IconFilePlus size={16} />} onClick={() => onAction('new')}>
            {t('session.newTitle')}
          </MenuItem>
          <MenuItem leftSection={<IconFolderOpen size={16} />} onClick={() => onAction('open')}>
            {t('session.openTitle')}
          </MenuItem>
          <MenuItem
            leftSection={<IconTableImport size={16} />}
            disabled={!session?.path || session.readOnly}
            onClick={onImport}
          >
            {t('imports.menu')}
          </MenuItem>
          <MenuItem
            leftSection={<IconFileExport size={16} />}
            disabled={!session?.path}
            onClick={() => requestExport()}
          >
            {t('exports.menu')}
          </MenuItem>
          <MenuItem
            leftSection={<IconHistory size={16} />}
            disabled={!session?.path || session.readOnly}
            onClick={onRestore}
          >
            {t('sharing.restoreMenu')}
          </MenuItem>
          <MenuItem leftSection={<IconX size={16} />} disabled={!session?.path} onClick={onClose}>
            {t('session.close')}
          </MenuItem>
        </MenuButton>
        <MenuButton
          button={
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconHelp size={16} />}
              rightSection={<IconChevronDown size={14} />}
              data-testid="help-menu"
            >
              {t('help.menu')}
            </Button>
          }
        >
          <MenuItem leftSection={<IconKeyboard size={16} />} onClick={onShortcuts}>
            {t('help.shortcuts')}
          </MenuItem>
          <MenuItem leftSection={<IconLicense size={16} />} onClick={onLicences}>
            {t('help.licences')}
          </MenuItem>
        </MenuButton>
      </Group>
    </Group>
  );
}
