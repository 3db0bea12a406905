// The check a register gets when it is opened: after the first screen has painted, the host compares
// the stored data with the history replayed (checkData, in the register worker). When they differ the
// host holds the register read-only, and this banner says so, lists the differences, and offers to
// accept the current data as a new starting point (acceptCurrentData, written to the history).
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataCheck, SessionInfo } from '../../../core/api/contract';
import { ropa, settle, type RopaError } from '../api';
import { ErrorLine } from '../common/ErrorLine';

/** Resolves once the browser has painted what is on screen now. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

interface Props {
  session: SessionInfo;
  /** The check held the register: the session (now read-only) must be read again. */
  onHeld: () => void;
  /** The data was accepted: the register is writable again. */
  onAccepted: () => void;
}

// The differences are only shown when there are some: their code is fetched then.
const DataDifferences = lazy(async () => ({ default: (await import('./DataDifferences')).DataDifferences }));

export function DataCheckBanner({ session, onHeld, onAccepted }: Props) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<DataCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RopaError | null>(null);

  useEffect(() => {
    let live = true;
    void afterPaint()
      .then(() => settle(ropa().checkData()))
      .then((out) => {
        if (!live || !out.ok) return;
        setCheck(out.value);
        if (!out.value.ok) onHeld();
      });
    return () => {
      live = false;
    };
    // Once per register opened: the banner is remounted for the next one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!check || check.ok) return null;
  // Opened read-only by choice: nothing can be accepted here (the host holds only editable registers).
  const openedReadOnly = session.readOnly && !session.dataHeld;
  const accept = async () => {
    setBusy(true);
    const out = await settle(ropa().acceptCurrentData());
    setBusy(false);
    if (!out.ok) return setError(out.error);
    notifications.show({ color: 'teal', message: t('sharing.accepted', { count: out.value.differences }) });
    setCheck(null);
    onAccepted();
  };
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      mb="md"
      title={t('sharing.dataHeldTitle')}
      data-testid="data-check-banner"
    >
      <Stack gap="xs">
        <Text size="sm">
          {t(openedReadOnly ? 'sharing.dataDiffersReadOnly' : 'sharing.dataHeldBody', {
            count: check.differenceCount,
          })}
        </Text>
        <Suspense fallback={null}>
          <DataDifferences differences={check.differences} count={check.differenceCount} />
        </Suspense>
        <ErrorLine error={error} />
        {!openedReadOnly && (
          <Group>
            <Button color="red" loading={busy} onClick={() => void accept()}>
              {t('sharing.acceptData')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
