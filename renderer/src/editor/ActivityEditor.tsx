import { Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Organisation, Recipient, Term } from '../../../core/api/contract';
import type { ActivityFields } from '../../../core/api/schemas';
import { ropa, settle, shell, type RopaError } from '../api';
import { ErrorLine } from '../common/ErrorLine';
import { showRefusal } from '../common/schemaForm';
import { Section } from '../common/Section';
import { missingCounts, TextLanguages } from '../common/Translatable';
import type { RegisterLanguages } from '../../../core/api/translations';
import { useLanguage } from '../language';
import { navigate } from '../route';
import { onExternalChange } from '../sharing/changes';
import { HistoryPanel } from '../sharing/HistoryPanel';
import { useIncomingVersion } from '../sharing/useIncomingVersion';
import { activityTexts, blankActivity, fieldsOf, useActivityForm } from './activityForm';
import { ConflictModal } from './ConflictModal';
import { DeletedBanner, type Deletion } from './DeletedBanner';
import { EditorBar } from './EditorBar';
import { onListPickers } from './listIssues';
import { CookiesSection } from './sections/CookiesSection';
import { DataSection } from './sections/DataSection';
import { GeneralSection } from './sections/GeneralSection';
import { PurposeSection } from './sections/PurposeSection';
import { RecipientsSection } from './sections/RecipientsSection';
import { RetentionSection } from './sections/RetentionSection';
import { ReviewSection } from './sections/ReviewSection';
import { SecuritySection } from './sections/SecuritySection';
import { unlistedTransfers } from './TransfersEditor';
import { useLeaveGuard } from './useLeaveGuard';
import { loadVocab, unionOf, type Vocab } from './vocab';

const focusFirstError = () =>
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.scrollIntoView({ block: 'center' });
    // A focused picker opens its option list over the very message that explains the problem.
    if (!field?.hasAttribute('aria-haspopup')) field?.focus();
  });

/**
 * Every field of one activity; saves name the version they started from (conflicts are shown).
 * Nothing typed is lost: a colleague's save waits while I edit, and an activity deleted by someone
 * else stays in the editor, with a banner, until I save it as a new activity or discard it.
 */
export function ActivityEditor({
  initial,
  vocab: loadedVocab,
  languages,
  readOnly,
}: {
  initial: Activity | null;
  vocab: Vocab;
  languages: RegisterLanguages;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [saved, setSaved] = useState<Activity | null>(initial);
  const [vocab, setVocab] = useState(loadedVocab);
  // Every vocabulary this editor has seen: a term or recipient a colleague deleted meanwhile is gone
  // from `vocab`, but the refusal that names it must still say its name, not its id.
  const seen = useRef(loadedVocab);
  useEffect(() => {
    seen.current = unionOf(seen.current, vocab);
  }, [vocab]);
  const form = useActivityForm(initial ? fieldsOf(initial) : blankActivity(loadedVocab.organisations[0]?.id ?? ''));
  const [conflict, setConflict] = useState<Activity | null>(null);
  const [error, setError] = useState<RopaError | null>(null);
  const [busy, setBusy] = useState(false);
  const [deletion, setDeletion] = useState<Deletion | null>(null);
  const isDirty = useCallback(() => !readOnly && form.isDirty(), [form, readOnly]);
  useLeaveGuard(isDirty);

  const show = (fields: ActivityFields, activity: Activity) => {
    form.setValues(fields);
    form.resetDirty(fields);
    setSaved(activity);
  };

  // The banner shows at once; who deleted it and when follow from its history.
  const markDeleted = (id: string) => {
    setDeletion((d) => d ?? {});
    void settle(ropa().listHistory({ entityId: id, limit: 1 })).then((out) => {
      const last = out.ok ? out.value[0] : undefined;
      if (last?.action === 'delete') setDeletion({ author: last.author, at: last.at });
    });
  };

  const refused = (refusal: RopaError) => {
    if (refusal.kind === 'not_found' && saved) return markDeleted(saved.id);
    if (refusal.kind === 'conflict') {
      const theirs = refusal.current as Activity;
      // Nothing of mine to weigh against theirs: show theirs rather than a dialog with no choice to make.
      if (!form.isDirty()) {
        show(fieldsOf(theirs), theirs);
        return notifications.show({ color: 'blue', message: t('editor.theirsShown', { author: theirs.updatedBy }) });
      }
      return setConflict(theirs);
    }
    setError(showRefusal(form, onListPickers(refusal, form.getValues(), seen.current, t, lang)));
    focusFirstError();
  };

  const persist = async (fields: ActivityFields, version: number) => {
    setBusy(true);
    const asNew = !saved || deletion !== null;
    const outcome = await settle(
      saved && !asNew ? ropa().updateActivity({ id: saved.id, version, fields }) : ropa().createActivity(fields),
    );
    setBusy(false);
    if (!outcome.ok) return refused(outcome.error);
    setError(null);
    show(fieldsOf(outcome.value), outcome.value);
    notifications.show({
      color: 'teal',
      message: t(deletion ? 'editor.restoredNote' : 'editor.savedNote', { name: outcome.value.name }),
    });
    if (asNew) window.location.replace(`#/activities/${outcome.value.id}`);
  };

  const save = () => {
    if (readOnly || busy) return;
    const result = form.validate();
    const count = Object.keys(result.errors).length + unlistedTransfers(form.getValues());
    if (count > 0) {
      setError({ kind: 'validation', message: t('editor.fixFields', { count }), issues: [] });
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
      // Mantine calls onConfirm without awaiting it: the async work runs on its own.
      onConfirm: () =>
        void (async () => {
          const outcome = await settle(ropa().deleteActivity({ id: saved.id, version: saved.version }));
          if (!outcome.ok) return outcome.error.kind === 'not_found' ? markDeleted(saved.id) : setError(outcome.error);
          form.resetDirty();
          notifications.show({ color: 'teal', message: t('editor.deletedNote', { name: saved.name }) });
          void navigate({ page: 'activities' });
        })(),
    });
  };

  // A colleague's save is shown at once unless I am editing; then my input stays and saving shows both.
  useIncomingVersion(
    saved,
    isDirty,
    (a) => show(fieldsOf(a), a),
    () => {
      if (saved && !deletion) markDeleted(saved.id);
    },
  );

  // Opening an activity puts the cursor in its first field, ready to type.
  useEffect(() => {
    if (readOnly) return;
    document
      .querySelector<HTMLElement>('#general :is(input:not([type="hidden"]), textarea)')
      ?.focus({ preventScroll: true });
  }, [readOnly]);

  // Ctrl/Cmd+S saves from anywhere, including while typing in a field.
  useHotkeys([['mod+S', save]], []);
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  });
  useEffect(() => shell()?.onMenu((command) => command === 'save' && latestSave.current()), []);

  // A term, recipient or organisation a colleague adds (or renames) shows in the pickers at once;
  // the form's values are ids, so nothing typed changes.
  useEffect(() => {
    let live = true;
    const unsubscribe = onExternalChange(() => {
      void loadVocab().then((out) => {
        if (live && out.ok) setVocab(out.value);
      });
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  const addTerm = (term: Term) => setVocab((v) => ({ ...v, terms: [...v.terms, term] }));
  const addRecipient = (r: Recipient) => setVocab((v) => ({ ...v, recipients: [...v.recipients, r] }));
  const addOrganisation = (o: Organisation) => setVocab((v) => ({ ...v, organisations: [...v.organisations, o] }));
  const values = form.getValues();
  return (
    <Stack gap="md" maw={1180} mx="auto">
      <EditorBar
        title={values.name || t('editor.untitled')}
        saved={deletion ? null : saved}
        dirty={isDirty()}
        busy={busy}
        readOnly={readOnly}
        onBack={() => void navigate({ page: 'activities' })}
        onSave={save}
        onDelete={remove}
      />
      {deletion && (
        <DeletedBanner
          deletion={deletion}
          busy={busy}
          onSave={save}
          onDiscard={() => void navigate({ page: 'activities' })}
        />
      )}
      <ErrorLine error={error} onClose={() => setError(null)} />
      {/* No <form>: Enter in a one-line field must not save the whole activity; Ctrl/Cmd+S does. */}
      <TextLanguages languages={languages} missing={missingCounts(activityTexts(values), languages)}>
        <div>
          <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Stack gap="md">
              <GeneralSection form={form} vocab={vocab} onOrganisationCreated={addOrganisation} />
              <PurposeSection form={form} />
              <DataSection form={form} vocab={vocab} onTermCreated={addTerm} />
              <RecipientsSection form={form} vocab={vocab} onRecipientCreated={addRecipient} />
              {saved && <CookiesSection activityId={saved.id} vocab={vocab} />}
              <RetentionSection form={form} vocab={vocab} />
              <SecuritySection form={form} vocab={vocab} onTermCreated={addTerm} />
              <ReviewSection form={form} />
            </Stack>
          </fieldset>
        </div>
      </TextLanguages>
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
