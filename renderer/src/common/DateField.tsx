// The one date input of the app. Accepts ISO and the UI language's own forms (core/api/dates.ts),
// shows the date in the UI language's form with that form as a hint, and refuses impossible dates
// with a message while keeping what was typed.
import { TextInput, type TextInputProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_HINT, formatDate, parseDate, type DateRefusal } from '../../../core/api/dates';
import { useDateStyle } from '../language';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'error' | 'description'> & {
  /** An ISO date (YYYY-MM-DD), or null when empty. */
  value?: string | null;
  /**
   * The ISO date, null when cleared, or the text as typed when it is not a date: a form then
   * refuses to save it (the core's schema wants YYYY-MM-DD) while this field says why.
   */
  onChange: (value: string | null) => void;
  /** A field error from the form (shown when the typed text itself is fine). */
  error?: ReactNode;
  description?: ReactNode;
};

const isIso = (v: string | null | undefined): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

export function DateField({ value, onChange, error, description, onBlur, ...rest }: Props) {
  const { t } = useTranslation();
  const style = useDateStyle();
  const shown = (v: string | null | undefined) => (isIso(v) ? formatDate(v, style) : (v ?? ''));
  const [text, setText] = useState(() => shown(value));
  const [refusal, setRefusal] = useState<DateRefusal | null>(null);
  const [touched, setTouched] = useState(false);

  // A value set from outside (reset, a colleague's save) replaces the text, unless the text already
  // means that value; another language rewrites the date in its form. Adjusted while rendering, as
  // React advises for state that follows a prop.
  const [seen, setSeen] = useState({ value, style });
  if (seen.value !== value || seen.style !== style) {
    setSeen({ value, style });
    const read = parseDate(text, style);
    const same = read.ok
      ? read.iso === value && seen.style === style
      : read.reason === 'empty'
        ? (value ?? null) === null
        : value === text.trim();
    if (!same) {
      setText(shown(value));
      setRefusal(null);
    }
  }

  const take = (next: string) => {
    setText(next);
    const read = parseDate(next, style);
    if (read.ok) {
      setRefusal(null);
      onChange(read.iso);
    } else if (read.reason === 'empty') {
      setRefusal(null);
      onChange(null);
    } else {
      setRefusal(read.reason);
      onChange(next.trim());
    }
  };

  const pattern = DATE_HINT[style];
  const message =
    refusal && (touched || refusal === 'impossible') ? t(`date.${refusal}`, { text: text.trim(), pattern }) : undefined;
  return (
    <TextInput
      {...rest}
      value={text}
      placeholder={pattern}
      inputMode="numeric"
      autoComplete="off"
      description={
        <>
          {description}
          {description ? ' ' : ''}
          {t('date.hint', { pattern })}
        </>
      }
      error={message ?? error}
      onChange={(e) => take(e.currentTarget.value)}
      onBlur={(e) => {
        setTouched(true);
        // Tidy a date typed another accepted way into the shown form.
        const read = parseDate(text, style);
        if (read.ok) setText(formatDate(read.iso, style));
        onBlur?.(e);
      }}
    />
  );
}
