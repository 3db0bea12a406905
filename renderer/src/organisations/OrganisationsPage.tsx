import { Badge, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../core/api/contract';
import { ropa } from '../api';
import { CatalogList, type CatalogColumn } from '../common/CatalogList';
import { PageTitle } from '../common/PageTitle';
import { OrganisationFormModal } from './OrganisationFormModal';
import { RegisterLanguagesSection } from './RegisterLanguagesSection';

export function OrganisationsPage({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const load = useCallback(() => ropa().listOrganisations(), []);
  const columns: CatalogColumn<Organisation>[] = [
    {
      header: t('organisations.name'),
      render: (o) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {o.name}
          </Text>
          <Text size="xs" c="dimmed">
            {[o.enterpriseNumber, o.country].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      ),
    },
    {
      header: t('organisations.kind'),
      render: (o) => <Badge variant="light">{t(`labels:organisationKind.${o.kind}`)}</Badge>,
    },
    { header: t('labels:field.contact'), render: (o) => [o.email, o.phone].filter(Boolean).join(' · ') },
    {
      header: t('labels:field.dpo'),
      render: (o) =>
        [o.dpoName, o.dpoEmail].filter(Boolean).join(' · ') || (
          <Text size="sm" c="orange">
            {t('organisations.noDpo')}
          </Text>
        ),
    },
    { header: t('labels:field.representative'), render: (o) => o.representativeName },
  ];
  return (
    <Stack gap="lg">
      <PageTitle title={t('nav.organisations')} hint={t('organisations.hint')} />
      <CatalogList
        load={load}
        columns={columns}
        nameOf={(o) => o.name}
        addLabel={t('organisations.add')}
        emptyTitle={t('organisations.emptyTitle')}
        emptyHint={t('organisations.emptyHint')}
        readOnly={readOnly}
        form={(o, close, done) => <OrganisationFormModal organisation={o} onClose={close} onSaved={done} />}
        remove={(o) => ropa().deleteOrganisation({ id: o.id, version: o.version })}
      />
      <RegisterLanguagesSection readOnly={readOnly} />
    </Stack>
  );
}
