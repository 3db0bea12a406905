import { Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Term } from '../../../core/contract';
import type { ActivityFields } from '../../../core/schemas';
import { ropa, settle, shell, type RopaError } from '../api';
import { ErrorLine } from '../common/ErrorLine';
import { showRefusal } from '../common/schemaForm';
import { Section } from '../common/Section';
import { navigate } from '../route';
import { HistoryPanel } from '../sharing/HistoryPanel';
import { useIncomingVersion } from '../sharing/useIncomingVersion';
import { blankActivity, fieldsOf, useActivityForm } from './activityForm';
import { ConflictModal } from './ConflictModal';
import { EditorBar } from './EditorBar';
import { DataSection } from './sections/DataSection';
import { GeneralSection } from './sections/GeneralSection';
import { PurposeSection } from './sections/PurposeSection';
import { RecipientsSection } from './sections/RecipientsSection';
import { RetentionSection } from './sections/RetentionSection';
import { ReviewSection } from './sections/ReviewSection';
import { SecuritySection } from './sections/SecuritySection';
import { useLeaveGuard } from './useLeaveGuard';
import type { Vocab } from './vocab';

const focusFirstError = () =>
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  });

/** Every field of one activity; saves name the version they started from (conflicts are shown). */
export function ActivityEditor({ initial, vocab: loadedVocab, readOnly }: { initial: Activity | null; vocab: Vocab; readOnly: boolean }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<Activity | null>(initial);
  const [vocab, setVocab] = useState(loadedVocab);
  const form = useActivityForm(initial ? fieldsOf(initial) : blankActivity(loadedVocab.organisations[0]?.id ?? ''));
  const [conflict, setConflict] = useState<Activity | null>(null);
  const [error, setError] = useState<RopaError | null>(null);
  const [busy, setBusy] = useState(false);
  const isDirty = useCallback(() => !readOnly && form.isDirty(), [form, readOnly]);
  useLeaveGuard(isDirty);

  const show = (fields: ActivityFields, activity: Activity) => {
    form.setValues(fields);
    form.resetDirty(fields);
    setSaved(activity);
  };

  const persist = async (fields: ActivityFields, version: number) => {
    setBusy(true);
    const outcome = await settle(saved ? ropa().updateActivity({ id: saved.id, version, fields }) : ropa().createActivity(fields));
    setBusy(false);
    if (!outcome.ok) {
      if (outcome.error.kind === 'conflict') return setConflict(outcome.error.current as Activity);
      setError(showRefusal(form, outcome.error));
      return focusFirstError();
    }
    setError(null);
    show(fieldsOf(outcome.value), outcome.value);
    notifications.show({ color: 'teal', message: t('editor.savedNote', { name: outcome.value.name }) });
    if (!saved) window.location.replace(`#/activities/${outcome.value.id}`);
  };

  const save = () => {
    if (readOnly || busy) return;
    const result = form.validate();
    if (result.hasErrors) {
      setError({ kind: 'validation', message: t('editor.fixFields', { count: Object.keys(result.errors).length }), issues: [] });
      return focusFirstError();
    }
    void persist(form.getValues(), saved?.version ?? 0);
  };

  const remove = () => {
    if (!saved) return;
    modals.openConfirmModal({
      title: t('editor.deleteTitle'),
      children: t('editor.deleteBody', { name: saved.name }),
      labels: { confirm: t('action.delete'), cancel: t('action.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const outcome = await settle(ropa().deleteActivity({ id: saved.id, version: saved.version }));
        if (!outcome.ok) return setError(outcome.error);
        form.resetDirty();
        notifications.show({ color: 'teal', message: t('editor.deletedNote', { name: saved.name }) });
        void navigate({ page: 'activities' });
      },
    });
  };

  // A colleague's save is shown at once unless I am editing; then my input stays and saving shows both.
  useIncomingVersion(saved, isDirty, (a) => show(fieldsOf(a), a));

  // Ctrl/Cmd+S saves from anywhere, including while typing in a field.
  useHotkeys([['mod+S', save]], []);
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  });
  useEffect(() => shell()?.onMenu((command) => command === 'save' && latestSave.current()), []);

  const addTerm = (term: Term) => setVocab((v) => ({ ...v, terms: [...v.terms, term] }));
  const values = form.getValues();
  return (
    <Stack gap="md" maw={1180} mx="auto">
      <EditorBar
        title={values.name || t('editor.untitled')}
        saved={saved}
        dirty={isDirty()}
        busy={busy}
        readOnly={readOnly}
        onBack={() => void navigate({ page: 'activities' })}
        onSave={save}
        onDelete={remove}
      />
      <ErrorLine error={error} onClose={() => setError(null)} />
      {/* No <form>: Enter in a one-line field must not save the whole activity; Ctrl/Cmd+S does. */}
      <div>
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="md">
            <GeneralSection form={form} vocab={vocab} />
            <PurposeSection form={form} />
            <DataSection form={form} vocab={vocab} onTermCreated={addTerm} />
            <RecipientsSection form={form} vocab={vocab} />
            <RetentionSection form={form} vocab={vocab} />
            <SecuritySection form={form} vocab={vocab} onTermCreated={addTerm} />
            <ReviewSection form={form} />
          </Stack>
        </fieldset>
      </div>
      {saved && (
        <Section title={t('sharing.activityHistory')}>
          <HistoryPanel entityId={saved.id} refreshKey={saved.version} />
        </Section>
      )}
      {conflict && saved && (
        <ConflictModal
          base={fieldsOf(saved)}
          mine={values}
          theirs={conflict}
          theirFields={fieldsOf(conflict)}
          vocab={vocab}
          onClose={() => setConflict(null)}
          onTakeTheirs={() => {
            show(fieldsOf(conflict), conflict);
            setConflict(null);
          }}
          onKeepMine={() => {
            setConflict(null);
            void persist(values, conflict.version);
          }}
          onSaveChoices={(merged) => {
            setConflict(null);
            form.setValues(merged);
            void persist(merged, conflict.version);
          }}
        />
      )}
    </Stack>
  );
}
