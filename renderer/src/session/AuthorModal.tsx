// The name this user's changes are recorded under: asked on first start (the OS user's name
// offered), changeable from the header, and kept with the user's preferences.
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../core/api/client';
import type { RopaError } from '../api';
import { ErrorLine } from '../common/ErrorLine';
import { bannerError, fieldErrorsOf } from '../common/fieldErrors';
import { chooseAuthor } from './author';

export function AuthorModal({
  opened,
  current,
  firstStart,
  onClose,
  onDone,
}: {
  opened: boolean;
  current: string;
  /** First start: say why the app asks. */
  firstStart: boolean;
  onClose: () => void;
  onDone: (session: SessionInfo) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(current);
  const [error, setError] = useState<RopaError | null>(null);
  const fields = error ? fieldErrorsOf(error, '') : {};
  const save = async () => {
    const outcome = await chooseAuthor(name);
    if (!outcome.ok) return setError(outcome.error);
    setError(null);
    onDone(outcome.value);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('author.title')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack>
          {firstStart && <Text size="sm">{t('author.firstStart')}</Text>}
          <TextInput
            data-autofocus
            label={t('author.label')}
            description={t('author.hint')}
            value={name}
            error={fields.name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <ErrorLine error={bannerError(error, fields)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit">{t('action.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
