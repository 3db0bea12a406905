// A register keeps each printed text in its primary language (the field itself) and in its further
// languages (the record's `translations`). Forms show one language at a time: a switch above them
// picks it and counts the missing translations per language; each text field then edits that
// language's text, shows the primary text beside it, and says when the translation is missing.
import { Group, SegmentedControl, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Translations } from '../../../core/api/schemas';
import { DEFAULT_LANGUAGES, missingTranslations, type RegisterLanguages } from '../../../core/api/translations';
import { ropa, settle } from '../api';
import { LANGUAGE_NAMES, languageNameIn, useLanguage } from '../language';

interface Editing {
  languages: RegisterLanguages;
  current: Language;
}
const EditingLanguage = createContext<Editing>({ languages: DEFAULT_LANGUAGES, current: 'en' });

type Text = string | string[];
const present = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v.trim() !== '');
const shown = (v: unknown): string => (Array.isArray(v) ? v.join('; ') : typeof v === 'string' ? v : '');

/** A record with translatable texts, and which of its fields are those texts. */
export interface TextHolder {
  values: object & { translations?: Translations };
  fields: readonly string[];
}

/** Per further language, how many texts the primary language has and that language lacks. */
export function missingCounts(holders: readonly TextHolder[], languages: RegisterLanguages): Map<Language, number> {
  const counts = new Map<Language, number>();
  for (const h of holders) {
    const texts: Record<string, Text> = {};
    const values = h.values as Record<string, unknown>;
    for (const f of h.fields) {
      const v = values[f];
      if (typeof v === 'string' || Array.isArray(v)) texts[f] = v as Text;
    }
    for (const m of missingTranslations(h.values.translations, texts, languages))
      counts.set(m.lang, (counts.get(m.lang) ?? 0) + 1);
  }
  return counts;
}

/** The open register's languages, for forms that are not handed them (the catalogue dialogs). */
export function useRegisterLanguages(): RegisterLanguages {
  const [languages, setLanguages] = useState<RegisterLanguages>(DEFAULT_LANGUAGES);
  useEffect(() => {
    let live = true;
    void settle(ropa().getRegisterInfo()).then((out) => {
      if (live && out.ok) setLanguages(out.value.languages);
    });
    return () => {
      live = false;
    };
  }, []);
  return languages;
}

/**
 * The language switch and the forms it governs. With no further language there is nothing to
 * switch: the fields edit the primary texts, as they always did.
 */
export function TextLanguages({
  languages,
  missing,
  children,
}: {
  languages: RegisterLanguages;
  missing: ReadonlyMap<Language, number>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Language>(languages.primary);
  const current = chosen === languages.primary || languages.further.includes(chosen) ? chosen : languages.primary;
  const all = [languages.primary, ...languages.further];
  return (
    <EditingLanguage.Provider value={{ languages, current }}>
      {languages.further.length > 0 && (
        <Group gap="sm" data-testid="text-languages">
          <Text size="sm" fw={500} id="text-languages-label">
            {t('translations.switch')}
          </Text>
          <SegmentedControl
            aria-labelledby="text-languages-label"
            value={current}
            onChange={(v) => setChosen(v as Language)}
            data={all.map((l) => {
              const count = missing.get(l) ?? 0;
              return {
                value: l,
                label: (
                  <Group gap={6} wrap="nowrap" data-lang={l}>
                    <span>{LANGUAGE_NAMES[l]}</span>
                    {l === languages.primary ? (
                      <Text span size="xs" c="dimmed">
                        {t('translations.primary')}
                      </Text>
                    ) : count > 0 ? (
                      <Text span size="xs" c="orange.8" fw={600} data-testid={`missing-${l}`}>
                        {t('translations.missingCount', { count })}
                      </Text>
                    ) : null}
                  </Group>
                ),
              };
            })}
          />
        </Group>
      )}
      {children}
    </EditingLanguage.Provider>
  );
}

const valueAt = (values: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      values,
    );

type Kind = 'input' | 'textarea' | 'tags';

/**
 * One translatable text of a form: in the primary language the field itself; in a further one
 * the record's translation, with the primary text shown under it and "missing" when it has none.
 */
export function TranslatableField<T extends object>({
  form,
  path,
  kind,
  label,
  description,
  extra = {},
}: {
  form: UseFormReturnType<T>;
  /** The primary text's path in the form ("name", "purposes.0.text"). */
  path: string;
  kind: Kind;
  label: string;
  description?: ReactNode;
  /** Further props for the Mantine input (autosize, placeholder, withAsterisk, flex, …). */
  extra?: Record<string, unknown>;
}) {
  const { t } = useTranslation();
  const { languages, current } = useContext(EditingLanguage);
  const ui = useLanguage();
  const Input = kind === 'input' ? TextInput : kind === 'textarea' ? Textarea : TagsInput;
  if (current === languages.primary) {
    return (
      <Input
        label={label}
        description={description}
        data-text-lang={current}
        {...extra}
        {...(form.getInputProps(path as never) as object)}
      />
    );
  }
  const cut = path.lastIndexOf('.');
  const field = path.slice(cut + 1);
  const holder = path.slice(0, cut + 1);
  const values = form.getValues();
  const translations = (valueAt(values, `${holder}translations`) ?? {}) as Translations;
  const own = translations[current]?.[field];
  const primary = valueAt(values, path);
  const missing = !present(own) && present(primary);
  const set = (v: Text) =>
    form.setFieldValue(
      `${holder}translations` as never,
      { ...translations, [current]: { ...translations[current], [field]: v } } as never,
    );
  const primaryName = languageNameIn(languages.primary, ui);
  const hint = (
    <Stack gap={0} component="span">
      {missing && (
        <Text span size="xs" c="orange.8" fw={500} data-testid="translation-missing">
          {t('translations.missing', { language: languageNameIn(current, ui) })}
        </Text>
      )}
      {present(primary) && (
        <Text span size="xs" c="dimmed" lineClamp={2}>
          {t('translations.primaryText', { language: primaryName, text: shown(primary) })}
        </Text>
      )}
    </Stack>
  );
  const common = {
    label: `${label} (${languageNameIn(current, ui)})`,
    description: hint,
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[],
    error: form.errors[`${holder}translations.${current}.${field}`],
    'data-text-lang': current,
    ...extra,
    withAsterisk: false,
  };
  if (kind === 'tags') return <TagsInput {...common} value={Array.isArray(own) ? own : []} onChange={(v) => set(v)} />;
  const text = typeof own === 'string' ? own : '';
  if (kind === 'textarea') return <Textarea {...common} value={text} onChange={(e) => set(e.currentTarget.value)} />;
  return <TextInput {...common} value={text} onChange={(e) => set(e.currentTarget.value)} />;
}
