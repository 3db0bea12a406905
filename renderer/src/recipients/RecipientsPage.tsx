import { Badge, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../core/api/contract';
import { formatDate } from '../../../core/api/dates';
import { ropa } from '../api';
import { useDateStyle } from '../language';
import { CatalogList, type CatalogColumn } from '../common/CatalogList';
import { PageTitle } from '../common/PageTitle';
import { RecipientFormModal } from './RecipientFormModal';

const NEEDS_DPA = new Set(['processor', 'sub_processor']);

export function RecipientsPage({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const dateStyle = useDateStyle();
  const load = useCallback(() => ropa().listRecipients(), []);
  const columns: CatalogColumn<Recipient>[] = [
    {
      header: t('recipients.name'),
      render: (r) => (
        <Text size="sm" fw={500}>
          {r.name}
        </Text>
      ),
    },
    {
      header: t('labels:field.recipientKind'),
      render: (r) => (
        <Badge variant="light" color="gray">
          {t(`labels:recipientKind.${r.kind}`)}
        </Badge>
      ),
    },
    { header: t('labels:field.country'), render: (r) => r.country },
    {
      header: t('labels:field.dpaSignedOn'),
      render: (r) =>
        (r.dpaSignedOn && formatDate(r.dpaSignedOn, dateStyle)) ??
        (NEEDS_DPA.has(r.kind) ? (
          <Text size="sm" c="orange">
            {t('recipients.noDpa')}
          </Text>
        ) : (
          ''
        )),
    },
    {
      header: t('labels:field.transferMechanism'),
      render: (r) => (r.transferMechanism ? t(`labels:safeguard.${r.transferMechanism}`) : ''),
    },
  ];
  return (
    <Stack gap="lg">
      <PageTitle title={t('nav.recipients')} hint={t('recipients.hint')} />
      <CatalogList
        load={load}
        columns={columns}
        nameOf={(r) => r.name}
        addLabel={t('recipients.add')}
        emptyTitle={t('recipients.emptyTitle')}
        emptyHint={t('recipients.emptyHint')}
        readOnly={readOnly}
        form={(r, close, done) => <RecipientFormModal recipient={r} onClose={close} onSaved={done} />}
        remove={(r) => ropa().deleteRecipient({ id: r.id, version: r.version })}
      />
    </Stack>
  );
}
