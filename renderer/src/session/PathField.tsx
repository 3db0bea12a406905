import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { canBrowse, chooseFile } from './chooseFile';

/** A file path typed in (browser) or picked in the OS dialog (Electron). */
export function PathField({ kind, value, error, onChange }: { kind: 'open' | 'new'; value: string; error?: string | undefined; onChange: (path: string) => void }) {
  const { t } = useTranslation();
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
        description={t(kind === 'open' ? 'session.pathOpenHint' : 'session.pathNewHint')}
        placeholder={t('session.pathPlaceholder')}
        value={value}
        error={error}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {canBrowse() && (
        <Button variant="default" onClick={() => void browse()}>
          {t('action.browse')}
        </Button>
      )}
    </Group>
  );
}
