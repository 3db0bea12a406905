// The public documents the register feeds (core/notices/): pick which notice, for whom and in which
// language, read it as the website's visitors will, and export it. The preview is the very HTML
// the HTML export writes, shown in a sandboxed frame: no script runs in it and it cannot reach the app.
import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../core/api/client';
import { NOTICE_KINDS, type NoticeInput } from '../../../core/api/export-options';
import { AUDIENCES, LANGUAGES, type Audience, type Language } from '../../../core/api/schemas';
import { ropa } from '../api';
import { LoadedView } from '../common/LoadedView';
import { PageTitle } from '../common/PageTitle';
import { useLoad } from '../common/useLoad';
import { LANGUAGE_NAMES, useLanguage } from '../language';
import { NoticeExportModal } from './NoticeExportModal';
import type { NoticeChoice, NoticeKind } from './noticeChoice';

export function NoticesPage({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [choice, setChoice] = useState<NoticeChoice>({ kind: 'privacy', audience: 'website', lang: uiLanguage });
  const [exporting, setExporting] = useState(false);
  const input: NoticeInput = choice;
  const [preview, reload] = useLoad(useCallback(() => ropa().previewNotice(input), [input]));
  const forAudience = choice.kind === 'privacy';
  const set = <K extends keyof NoticeChoice>(key: K, value: NoticeChoice[K]) => setChoice({ ...choice, [key]: value });

  return (
    <Stack>
      <PageTitle title={t('notices.title')} hint={t('notices.hint')} />
      <Group align="flex-end">
        <Select
          label={t('notices.kind')}
          allowDeselect={false}
          value={choice.kind}
          onChange={(v) => v && set('kind', v as NoticeKind)}
          data={NOTICE_KINDS.map((k) => ({ value: k, label: t(`notices.kind_${k}`) }))}
        />
        {/* The cookie policy lists the website's cookies, whoever reads it: no audience to choose. */}
        {forAudience && (
          <Select
            label={t('notices.audience')}
            allowDeselect={false}
            value={choice.audience}
            onChange={(v) => v && set('audience', v as Audience)}
            data={AUDIENCES.map((a) => ({ value: a, label: t(`labels:audience.${a}`) }))}
          />
        )}
        <Select
          label={t('notices.language')}
          allowDeselect={false}
          value={choice.lang}
          onChange={(v) => v && set('lang', v as Language)}
          data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        />
        <Button leftSection={<IconFileExport size={16} />} onClick={() => setExporting(true)}>
          {t('notices.export')}
        </Button>
      </Group>
      <LoadedView loaded={preview} reload={reload}>
        {({ html, activities }) => (
          <>
            {forAudience && (
              <Text size="sm" c={activities === 0 ? 'orange' : 'dimmed'}>
                {t(activities === 0 ? 'notices.noneFor' : 'notices.describes', { count: activities })}
              </Text>
            )}
            <Paper withBorder radius="sm" style={{ overflow: 'hidden' }}>
              <iframe
                title={t('notices.preview')}
                sandbox=""
                srcDoc={html}
                style={{ display: 'block', width: '100%', height: '70vh', border: 0, background: 'white' }}
              />
            </Paper>
          </>
        )}
      </LoadedView>
      <NoticeExportModal opened={exporting} choice={choice} session={session} onClose={() => setExporting(false)} />
    </Stack>
  );
}
