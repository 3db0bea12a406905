import { Badge, Group, Stack, Tabs, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Term } from '../../../core/api/contract';
import { TERM_KINDS, type TermKind } from '../../../core/api/schemas';
import { ropa } from '../api';
import { CatalogList, type CatalogColumn } from '../common/CatalogList';
import { PageTitle } from '../common/PageTitle';
import { termLabel } from '../editor/vocab';
import { useLanguage } from '../language';
import { TermFormModal } from './TermFormModal';

function TermList({ kind, readOnly }: { kind: TermKind; readOnly: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const load = useCallback(() => ropa().listTerms({ kind }), [kind]);
  const columns: CatalogColumn<Term>[] = [
    {
      header: t('terms.label'),
      render: (term) => (
        <Group gap={6}>
          <Text size="sm" fw={500}>
            {termLabel(term, lang)}
          </Text>
          {term.special && (
            <Badge size="xs" color="orange" variant="light">
              {t('terms.specialMark')}
            </Badge>
          )}
          {term.criminal && (
            <Badge size="xs" color="red" variant="light">
              {t('terms.criminalMark')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      header: t('terms.code'),
      render: (term) => (
        <Text size="xs" ff="monospace">
          {term.code}
        </Text>
      ),
    },
    {
      header: t('terms.translations'),
      render: (term) => [term.labelNl, term.labelFr, term.labelDe].filter(Boolean).join(' · '),
    },
    {
      header: t('terms.origin'),
      nowrap: true,
      render: (term) => (term.builtIn ? t('terms.builtIn') : t('terms.added')),
    },
  ];
  return (
    <CatalogList
      load={load}
      columns={columns}
      nameOf={(term) => termLabel(term, lang)}
      addLabel={t('terms.add')}
      emptyTitle={t('terms.emptyTitle')}
      emptyHint={t('terms.emptyHint')}
      readOnly={readOnly}
      form={(term, close, done) => (
        <TermFormModal kind={kind} {...(term ? { term } : {})} onClose={close} onSaved={done} />
      )}
      remove={(term) => ropa().deleteTerm({ id: term.id, version: term.version })}
    />
  );
}

/** The controlled vocabularies activities pick from: data categories, data subjects, security measures. */
export function VocabulariesPage({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<TermKind>('data_category');
  return (
    <Stack gap="lg">
      <PageTitle title={t('nav.vocabularies')} hint={t('terms.hint')} />
      <Tabs value={kind} onChange={(v) => v && setKind(v as TermKind)} keepMounted={false}>
        <Tabs.List>
          {TERM_KINDS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`labels:termKind.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TERM_KINDS.map((k) => (
          <Tabs.Panel key={k} value={k} pt="md">
            <TermList kind={k} readOnly={readOnly} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
