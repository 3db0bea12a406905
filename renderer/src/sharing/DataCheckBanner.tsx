// The checks a register gets when it is opened. Opening reads only the file's header, schema and
// register_meta; after the first screen has painted, the host checks every page (quick_check) and
// compares the stored data with the history replayed, on a thread of its own (core/open-check.ts),
// and this banner polls getOpenCheck until that is done. A damaged file is held read-only and the
// banner says what SQLite found. When the data differs from its history the host holds the register
// read-only too, and the banner says so, lists the differences, and offers to accept the current
// data as a new starting point (acceptCurrentData, written to the history). Nothing shows when all is well.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataCheck, OpenCheck, SessionInfo } from '../../../core/api/contract';
import { ropa, settle, type RopaError } from '../api';
import { ErrorLine } from '../common/ErrorLine';

/** Resolves once the browser has painted what is on screen now. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** How often the window asks whether the background check is done: it takes a second or so at 10,000 activities. */
const POLL_MS = 400;

/** The background check's outcome once it is done; null when the window went away first or it could not be asked. */
async function openCheckDone(live: () => boolean): Promise<OpenCheck | null> {
  while (live()) {
    const out = await settle(ropa().getOpenCheck());
    if (!out.ok) return null;
    if (out.value.state === 'done') return out.value;
    await wait(POLL_MS);
  }
  return null;
}

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
  const [damage, setDamage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RopaError | null>(null);

  useEffect(() => {
    let live = true;
    void afterPaint()
      .then(() => openCheckDone(() => live))
      .then(async (opened) => {
        if (!live) return;
        if (opened?.damage) {
          // A damaged file's history is not compared: the damage is what the user must act on.
          setDamage(opened.damage);
          return onHeld();
        }
        // Answered from the background run; the host compares here only if that could not.
        const out = await settle(ropa().checkData());
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

  if (damage !== null)
    return (
      <HeldBanner title={t('sharing.fileDamagedTitle')} testId="file-damaged-banner">
        <Text size="sm">{t('sharing.fileDamagedBody')}</Text>
        <Text size="sm" c="dimmed">
          {t('sharing.fileDamagedDetail', { damage })}
        </Text>
      </HeldBanner>
    );
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
    <HeldBanner title={t('sharing.dataHeldTitle')} testId="data-check-banner">
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
    </HeldBanner>
  );
}

/** A register held read-only by what a check found: the red banner both checks show. */
function HeldBanner({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      mb="md"
      title={title}
      data-testid={testId}
    >
      <Stack gap="xs">{children}</Stack>
    </Alert>
  );
}
