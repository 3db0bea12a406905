import { Badge, Button, Group, Kbd, Paper, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../core/api/contract';

interface Props {
  title: string;
  saved: Activity | null;
  dirty: boolean;
  busy: boolean;
  readOnly: boolean;
  onBack: () => void;
  onSave: () => void;
  onDelete: () => void;
}

/** The app header's height and the gap above the bar (AppShell header, App.tsx). */
const HEADER = 56;
const GAP = 8;

/**
 * While the bar is shown, whatever the browser scrolls to (a focused field, a section) stops below
 * it instead of underneath: the page's scroll padding follows the bar's height.
 */
function useScrollPaddingBelow(bar: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const el = bar.current;
    if (!el) return;
    const root = document.documentElement;
    const update = () => {
      root.style.scrollPaddingTop = `${HEADER + GAP + el.offsetHeight + GAP}px`;
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = '';
    };
  }, [bar]);
}

/** Stays on top while the long form scrolls, so Save is always at hand. */
export function EditorBar({ title, saved, dirty, busy, readOnly, onBack, onSave, onDelete }: Props) {
  const { t } = useTranslation();
  const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
  const bar = useRef<HTMLDivElement>(null);
  useScrollPaddingBelow(bar);
  return (
    <Paper
      ref={bar}
      withBorder
      p="sm"
      radius="md"
      pos="sticky"
      top={HEADER + GAP}
      style={{ zIndex: 5 }}
      shadow="xs"
      data-testid="editor-bar"
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }}>
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack} style={{ flexShrink: 0 }}>
            {t('nav.activities')}
          </Button>
          <div style={{ minWidth: 0 }}>
            {/* A long name is cut with an ellipsis; the whole name shows on hover. */}
            <Tooltip label={title} multiline maw={600} openDelay={300}>
              <Title
                order={1}
                size="h3"
                style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
                data-testid="editor-title"
              >
                {title}
              </Title>
            </Tooltip>
            <Text size="xs" c="dimmed">
              {saved
                ? t('editor.meta', {
                    version: saved.version,
                    at: saved.updatedAt,
                    author: saved.updatedBy,
                  })
                : t('editor.notSaved')}
            </Text>
          </div>
          {dirty && (
            <Badge color="orange" variant="light" data-testid="unsaved" style={{ flexShrink: 0 }}>
              {t('editor.unsaved')}
            </Badge>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={onSave}
            loading={busy}
            disabled={readOnly}
            rightSection={<Kbd size="xs">{mod}+S</Kbd>}
          >
            {t('action.save')}
          </Button>
          {saved && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={onDelete}
              disabled={readOnly}
            >
              {t('action.delete')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
