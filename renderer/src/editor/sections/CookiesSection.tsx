import { Anchor, Table, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { cookieLabels, formatCookieExpiry } from '../../../../core/api/cookie-labels';
import { ropa } from '../../api';
import { LoadedView } from '../../common/LoadedView';
import { Section } from '../../common/Section';
import { useLoad } from '../../common/useLoad';
import { useLanguage } from '../../language';
import { navigate } from '../../route';
import { termLabel, type Vocab } from '../vocab';

/** The cookies and trackers this activity sets (read-only here: they are edited on the Cookies page). */
export function CookiesSection({ activityId, vocab }: { activityId: string; vocab: Vocab }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const L = cookieLabels(lang);
  const load = useCallback(() => ropa().listCookies(), []);
  const [loaded, reload] = useLoad(load);
  const providers = new Map(vocab.recipients.map((r) => [r.id, r.name]));
  const categories = new Map(vocab.terms.map((c) => [c.id, termLabel(c, lang)]));
  const manage = (
    <Anchor
      size="sm"
      href="#/cookies"
      underline="always"
      onClick={(e) => {
        e.preventDefault();
        void navigate({ page: 'cookies' });
      }}
    >
      {t('cookies.manage')}
    </Anchor>
  );
  return (
    <Section id="cookies" title={t('editor.section.cookies')}>
      <LoadedView loaded={loaded} reload={reload}>
        {(all) => {
          const cookies = all.filter((c) => c.activityId === activityId);
          if (cookies.length === 0)
            return (
              <Text size="sm" c="dimmed">
                {t('cookies.noneForActivity')} {manage}
              </Text>
            );
          return (
            <>
              <Text size="sm" c="dimmed">
                {t('cookies.forActivity', { count: cookies.length })} {manage}
              </Text>
              <Table withTableBorder striped verticalSpacing="xs" data-testid="activity-cookies">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{L.field.name}</Table.Th>
                    <Table.Th>{L.field.provider}</Table.Th>
                    <Table.Th>{L.field.category}</Table.Th>
                    <Table.Th>{L.field.expiry}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {cookies.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.name}</Table.Td>
                      <Table.Td>{c.providerId ? (providers.get(c.providerId) ?? '') : L.us}</Table.Td>
                      <Table.Td>{c.categoryId ? (categories.get(c.categoryId) ?? '') : L.uncategorised}</Table.Td>
                      <Table.Td>{formatCookieExpiry(c, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          );
        }}
      </LoadedView>
    </Section>
  );
}
