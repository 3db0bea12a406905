import { modals } from '@mantine/modals';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setLeaveGuard } from '../route';

function confirmDiscard(t: TFunction): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: t('editor.unsavedTitle'),
      children: t('editor.unsavedBody'),
      labels: { confirm: t('action.discard'), cancel: t('action.keepEditing') },
      confirmProps: { color: 'red' },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}

/** Leaving the screen (or the page) with unsaved changes asks first. */
export function useLeaveGuard(isDirty: () => boolean): void {
  const { t } = useTranslation();
  useEffect(() => {
    setLeaveGuard(() => (isDirty() ? confirmDiscard(t) : Promise.resolve(true)));
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (isDirty()) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      setLeaveGuard(null);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [isDirty, t]);
}
