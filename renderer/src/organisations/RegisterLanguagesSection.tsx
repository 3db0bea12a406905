// The register's languages: the primary one every printed text is written in, and the further ones
// it keeps translations in. Changing the primary language loses no text: the core moves each text
// (core/language-change.ts), and the old primary language stays as a further one here.
import { Alert, Button, Chip, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLanguage } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, registerLanguagesInput, type Language } from '../../../core/api/schemas';
import type { RegisterLanguages } from '../../../core/api/translations';
import { ropa, settle, type RopaError } from '../api';
import { ErrorLine } from '../common/ErrorLine';
import { LoadedView } from '../common/LoadedView';
import { Section } from '../common/Section';
import { useLoad } from '../common/useLoad';
import { LANGUAGE_NAMES, languageNameIn, useLanguage } from '../language';

function LanguagesForm({
  saved,
  readOnly,
  onSaved,
}: {
  saved: RegisterLanguages;
  readOnly: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const ui = useLanguage();
  const [choice, setChoice] = useState<RegisterLanguages>(saved);
  const [error, setError] = useState<RopaError | null>(null);
  const [busy, setBusy] = useState(false);
  const changed = JSON.stringify(choice) !== JSON.stringify(saved);
  const primaryChanged = choice.primary !== saved.primary;
  // A new primary language leaves the further ones; the old primary becomes one, so its texts stay in sight.
  const choosePrimary = (primary: Language) =>
    setChoice((c) => ({
      primary,
      further: LANGUAGES.filter((l) => l !== primary && (c.further.includes(l) || l === c.primary)),
    }));
  const save = async () => {
    const parsed = registerLanguagesInput.safeParse(choice);
    if (!parsed.success) {
      setError({ kind: 'validation', message: parsed.error.issues[0]?.message ?? '', issues: [] });
      return;
    }
    setBusy(true);
    const out = await settle(ropa().setRegisterLanguages(parsed.data));
    setBusy(false);
    if (!out.ok) return setError(out.error);
    setError(null);
    notifications.show({ color: 'teal', message: t('registerLanguages.saved') });
    onSaved();
  };
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="xl">
        <Select
          label={t('registerLanguages.primary')}
          description={t('registerLanguages.primaryHint')}
          w={280}
          allowDeselect={false}
          disabled={readOnly}
          data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          value={choice.primary}
          onChange={(v) => v && choosePrimary(v as Language)}
        />
        <div role="group" aria-label={t('registerLanguages.further')}>
          <Text size="sm" fw={500}>
            {t('registerLanguages.further')}
          </Text>
          <Text size="xs" c="dimmed" mb={6}>
            {t('registerLanguages.furtherHint')}
          </Text>
          <Chip.Group
            multiple
            value={choice.further}
            onChange={(v) => setChoice((c) => ({ ...c, further: LANGUAGES.filter((l) => v.includes(l)) }))}
          >
            <Group gap={6}>
              {LANGUAGES.filter((l) => l !== choice.primary).map((l) => (
                <Chip key={l} value={l} size="sm" disabled={readOnly}>
                  {LANGUAGE_NAMES[l]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </div>
      </Group>
      {primaryChanged && (
        <Alert color="blue" icon={<IconLanguage size={18} />} data-testid="primary-change-note">
          {t('registerLanguages.primaryChange', {
            old: languageNameIn(saved.primary, ui),
            new: languageNameIn(choice.primary, ui),
          })}
        </Alert>
      )}
      <ErrorLine error={error} onClose={() => setError(null)} />
      {!readOnly && (
        <Group>
          <Button disabled={!changed} loading={busy} onClick={() => void save()}>
            {t('registerLanguages.save')}
          </Button>
          {changed && (
            <Button variant="subtle" onClick={() => setChoice(saved)}>
              {t('action.cancel')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

export function RegisterLanguagesSection({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const load = useCallback(async () => {
    const info = await settle(ropa().getRegisterInfo());
    return info.ok ? { ok: true as const, value: info.value.languages } : info;
  }, []);
  const [loaded, reload] = useLoad(load);
  return (
    <Section id="register-languages" title={t('registerLanguages.title')}>
      <Text size="sm" c="dimmed">
        {t('registerLanguages.hint')}
      </Text>
      <LoadedView loaded={loaded} reload={reload}>
        {(saved) => <LanguagesForm key={JSON.stringify(saved)} saved={saved} readOnly={readOnly} onSaved={reload} />}
      </LoadedView>
    </Section>
  );
}
