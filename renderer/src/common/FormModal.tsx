import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RopaError } from '../api';
import { ErrorLine } from './ErrorLine';

/** A modal form with the banner for refusals that belong to no field, and Cancel / Save. */
export function FormModal(props: {
  title: string;
  opened: boolean;
  busy: boolean;
  error: RopaError | null;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
  size?: string;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size={props.size ?? 'lg'}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <Stack>
          {props.children}
          <ErrorLine error={props.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={props.busy}>
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
