import { Anchor, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cookie } from '../../../core/api/contract';
import { cookieLabels, formatCookieExpiry } from '../../../core/api/cookie-labels';
import { ropa } from '../api';
import { CatalogList, type CatalogColumn } from '../common/CatalogList';
import { LoadedView } from '../common/LoadedView';
import { PageTitle } from '../common/PageTitle';
import { useLoad } from '../common/useLoad';
import { termLabel } from '../editor/vocab';
import { useLanguage } from '../language';
import { navigate } from '../route';
import { CookieFormModal } from './CookieFormModal';
import { loadCookieVocab, type CookieVocab } from './cookieVocab';

/** The cookies and similar trackers of the register's websites and apps: a table and a form. */
export function CookiesPage({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const loadVocab = useCallback(() => loadCookieVocab(lang), [lang]);
  const [vocab, reloadVocab] = useLoad(loadVocab);
  return (
    <Stack gap="lg">
      <PageTitle title={t('nav.cookies')} hint={t('cookies.hint')} />
      <LoadedView loaded={vocab} reload={reloadVocab}>
        {(v) => <CookieList vocab={v} readOnly={readOnly} />}
      </LoadedView>
    </Stack>
  );
}

function CookieList({ vocab, readOnly }: { vocab: CookieVocab; readOnly: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const L = cookieLabels(lang);
  const load = useCallback(() => ropa().listCookies(), []);
  const providers = new Map(vocab.recipients.map((r) => [r.id, r.name]));
  const categories = new Map(vocab.categories.map((c) => [c.id, termLabel(c, lang)]));
  const activities = new Map(vocab.activities.map((a) => [a.id, a]));
  const columns: CatalogColumn<Cookie>[] = [
    {
      header: L.field.name,
      render: (c) => (
        <Text size="sm" fw={500}>
          {c.name}
        </Text>
      ),
    },
    { header: L.field.domain, render: (c) => c.domain },
    {
      header: L.field.provider,
      render: (c) => (c.providerId ? (providers.get(c.providerId) ?? '') : L.us),
    },
    {
      header: L.field.category,
      render: (c) =>
        c.categoryId ? (
          (categories.get(c.categoryId) ?? '')
        ) : (
          <Text size="sm" c="orange.8">
            {L.uncategorised}
          </Text>
        ),
    },
    {
      header: L.field.expiry,
      nowrap: true,
      render: (c) =>
        c.expiry === null ? (
          <Text size="sm" c="orange.8">
            {L.unknown}
          </Text>
        ) : (
          formatCookieExpiry(c, lang)
        ),
    },
    {
      header: L.field.kind,
      nowrap: true,
      render: (c) => L.kind[c.kind],
    },
    { header: L.field.party, nowrap: true, render: (c) => L.party[c.party] },
    {
      header: L.field.activity,
      render: (c) => {
        const a = c.activityId ? activities.get(c.activityId) : undefined;
        if (!a) return '';
        const label = a.reference ? `${a.reference} ${a.name}` : a.name;
        return (
          <Anchor
            size="sm"
            href={`#/activities/${encodeURIComponent(a.id)}`}
            onClick={(e) => {
              e.preventDefault();
              void navigate({ page: 'activity', id: a.id });
            }}
          >
            {label}
          </Anchor>
        );
      },
    },
  ];
  return (
    <CatalogList
      load={load}
      columns={columns}
      nameOf={(c) => c.name}
      addLabel={t('cookies.add')}
      emptyTitle={t('cookies.emptyTitle')}
      emptyHint={t('cookies.emptyHint')}
      readOnly={readOnly}
      form={(c, close, done) => <CookieFormModal cookie={c} vocab={vocab} onClose={close} onSaved={done} />}
      remove={(c) => ropa().deleteCookie({ id: c.id, version: c.version })}
    />
  );
}
