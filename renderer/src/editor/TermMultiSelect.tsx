import { Button, Group, MultiSelect } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Term } from '../../../core/api/contract';
import type { TermKind } from '../../../core/api/schemas';
import { useLanguage } from '../language';
import { TermFormModal } from '../vocabularies/TermFormModal';
import { termLabel } from './vocab';

interface Props {
  kind: TermKind;
  label: string;
  terms: Term[];
  value: string[];
  error?: unknown;
  onChange: (ids: string[]) => void;
  /** A term added inline joins the vocabulary and this selection at once. */
  onCreated: (term: Term) => void;
}

export function TermMultiSelect({ kind, label, terms, value, error, onChange, onCreated }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [creating, setCreating] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  // The picker empties its search box on blur; the offer to add what was typed must outlive that.
  const [typed, setTyped] = useState('');
  const data = terms.map((term) => ({
    value: term.id,
    label: term.special
      ? `${termLabel(term, lang)} · ${t('terms.specialMark')}`
      : term.criminal
        ? `${termLabel(term, lang)} · ${t('terms.criminalMark')}`
        : termLabel(term, lang),
  }));
  return (
    <div>
      <MultiSelect
        label={label}
        data={data}
        value={value}
        onChange={(ids) => {
          setTyped('');
          onChange(ids);
        }}
        error={error as string | undefined}
        searchable
        searchValue={search}
        onSearchChange={(v) => {
          setSearch(v);
          if (v.trim()) setTyped(v.trim());
        }}
        clearable
        hidePickedOptions
        nothingFoundMessage={t('terms.nothingFound')}
        comboboxProps={{ withinPortal: true }}
      />
      <Group justify="flex-end" mt={4}>
        <Button
          variant="subtle"
          size="compact-xs"
          leftSection={<IconPlus size={12} />}
          onClick={() => setCreating(typed)}
        >
          {typed
            ? t('terms.addNamed', { label: typed })
            : t('terms.add', { kind: t(`labels:termKind.${kind}`).toLowerCase() })}
        </Button>
      </Group>
      {creating !== null && (
        <TermFormModal
          kind={kind}
          initialLabel={creating.trim()}
          onClose={() => setCreating(null)}
          onSaved={(term) => {
            setCreating(null);
            setSearch('');
            setTyped('');
            onCreated(term);
            onChange([...value, term.id]);
          }}
        />
      )}
    </div>
  );
}
