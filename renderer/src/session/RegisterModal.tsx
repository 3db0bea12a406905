import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../core/api/client';
import { ropa, settle, type RopaError } from '../api';
import { ErrorLine } from '../common/ErrorLine';
import { bannerError, fieldErrorsOf } from '../common/fieldErrors';
import { LockChoiceModal, type LockedOpen } from '../sharing/LockChoiceModal';
import { PathField } from './PathField';

export type RegisterAction = 'open' | 'new';

/** Opening an existing register or creating a new one: where, and for a new one its name. */
export function RegisterModal({
  action,
  onClose,
  onDone,
}: {
  action: RegisterAction | null;
  onClose: () => void;
  onDone: (s: SessionInfo) => void;
}) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [name, setName] = useState('');
  const [sample, setSample] = useState(false);
  const [readOnly, setReadOnly] = useState(false);
  const [error, setError] = useState<RopaError | null>(null);
  const [busy, setBusy] = useState(false);
  const [locked, setLocked] = useState<LockedOpen | null>(null);
  const fields = error ? fieldErrorsOf(error, '') : {};

  const submit = async () => {
    setBusy(true);
    const outcome = await settle(
      action === 'new' ? ropa().createRegister({ path, name, sample }) : ropa().openRegister({ path, readOnly }),
    );
    setBusy(false);
    if (!outcome.ok && outcome.error.kind === 'locked' && !readOnly)
      return setLocked({ path, holders: outcome.error.holders });
    if (!outcome.ok) return setError(outcome.error);
    setError(null);
    setPath('');
    setName('');
    onDone(outcome.value);
  };

  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      title={t(action === 'new' ? 'session.newTitle' : 'session.openTitle')}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <PathField kind={action ?? 'open'} value={path} error={fields.path} onChange={setPath} />
          {action === 'new' ? (
            <>
              <TextInput
                label={t('session.name')}
                description={t('session.nameHint')}
                value={name}
                error={fields.name}
                onChange={(e) => setName(e.currentTarget.value)}
              />
              <Checkbox
                label={t('session.withSample')}
                checked={sample}
                onChange={(e) => setSample(e.currentTarget.checked)}
              />
            </>
          ) : (
            <Checkbox
              label={t('session.readOnly')}
              checked={readOnly}
              onChange={(e) => setReadOnly(e.currentTarget.checked)}
            />
          )}
          <ErrorLine error={bannerError(error, fields)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t(action === 'new' ? 'session.create' : 'session.open')}
            </Button>
          </Group>
        </Stack>
      </form>
      <LockChoiceModal
        locked={locked}
        onCancel={() => setLocked(null)}
        onDone={(s) => {
          setLocked(null);
          setPath('');
          onDone(s);
        }}
      />
    </Modal>
  );
}
