import { Button } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Outcome } from '../../../core/api/contract';
import type { RegisterLanguages } from '../../../core/api/translations';
import { ropa, settle } from '../api';
import { LoadedView } from '../common/LoadedView';
import { EmptyView } from '../common/StateViews';
import { useLoad } from '../common/useLoad';
import { navigate } from '../route';
import { ActivityEditor } from './ActivityEditor';
import { loadVocab, type Vocab } from './vocab';

type EditorData = { activity: Activity | null; vocab: Vocab; languages: RegisterLanguages };

async function loadEditor(id: string): Promise<Outcome<EditorData>> {
  const [vocab, activity, info] = await Promise.all([
    loadVocab(),
    id === 'new' ? null : settle(ropa().getActivity({ id })),
    settle(ropa().getRegisterInfo()),
  ]);
  if (!vocab.ok) return vocab;
  if (activity && !activity.ok) return activity;
  if (!info.ok) return info;
  return {
    ok: true,
    value: { vocab: vocab.value, activity: activity ? activity.value : null, languages: info.value.languages },
  };
}

export function ActivityEditorPage({ id, readOnly }: { id: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const load = useCallback(() => loadEditor(id), [id]);
  // The editor follows others' saves itself; reloading here would swap it for an error view (and
  // lose unsaved input) the moment someone deletes the activity.
  const [loaded, reload] = useLoad(load, { followChanges: false });
  return (
    <LoadedView loaded={loaded} reload={reload}>
      {({ activity, vocab, languages }) =>
        vocab.organisations.length === 0 ? (
          <EmptyView
            title={t('editor.needOrganisationTitle')}
            hint={t('editor.needOrganisationHint')}
            action={<Button onClick={() => void navigate({ page: 'organisations' })}>{t('nav.organisations')}</Button>}
          />
        ) : (
          <ActivityEditor
            key={activity?.id ?? 'new'}
            initial={activity}
            vocab={vocab}
            languages={languages}
            readOnly={readOnly}
          />
        )
      }
    </LoadedView>
  );
}
