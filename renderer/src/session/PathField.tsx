import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { canBrowse, chooseFile } from './chooseFile';

/**
 * A file path typed in (browser) or picked in the OS dialog (Electron). In Electron the field only
 * shows the pick: the main process accepts a path only from its own dialog, so a typed one would
 * be refused anyway.
 */
export function PathField({
  kind,
  value,
  error,
  onChange,
}: {
  kind: 'open' | 'new';
  value: string;
  error?: string | undefined;
  onChange: (path: string) => void;
}) {
  const { t } = useTranslation();
  const picked = canBrowse();
  const browse = async () => {
    const picked = await chooseFile(kind, 'register.sqlite');
    if (picked) onChange(picked);
  };
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        flex={1}
        data-autofocus
        label={t('session.path')}
        description={t(
          picked ? 'session.pathPickHint' : kind === 'open' ? 'session.pathOpenHint' : 'session.pathNewHint',
        )}
        placeholder={t('session.pathPlaceholder')}
        value={value}
        error={error}
        readOnly={picked}
        onClick={picked ? () => void browse() : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {picked && (
        <Button variant="default" onClick={() => void browse()}>
          {t('action.browse')}
        </Button>
      )}
    </Group>
  );
}
