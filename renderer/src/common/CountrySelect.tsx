import { Badge, Group, Select, Text, type ComboboxItem, type SelectProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions, isEea } from '../../../core/api/countries';
import { useLanguage } from '../language';
import { rankedFilter } from './pickerFilter';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'filter' | 'renderOption' | 'searchable'> & {
  /** An ISO 3166 code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
};

/**
 * Countries by name in the UI language, stored as ISO codes; EEA countries carry a mark. Typing the
 * code ("US") finds the country too, and a code stored by an older version that names no country
 * stays visible until it is replaced.
 */
export function CountrySelect({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const data = useMemo(() => {
    const options: ComboboxItem[] = countryOptions(lang).map((c) => ({ value: c.code, label: c.name }));
    return value && !options.some((o) => o.value === value) ? [{ value, label: value }, ...options] : options;
  }, [lang, value]);
  return (
    <Select
      {...props}
      data={data}
      value={value || null}
      onChange={(code) => onChange(code ?? '')}
      searchable
      placeholder={props.placeholder ?? t('countries.placeholder')}
      nothingFoundMessage={t('countries.nothingFound')}
      filter={(input) => {
        // Two letters may be the code: that country first, then the names that match.
        const code = input.search.trim().toUpperCase();
        const byCode = input.options.find((o) => 'value' in o && o.value === code);
        const byName = rankedFilter(input).filter((o) => o !== byCode);
        return byCode ? [byCode, ...byName] : byName;
      }}
      renderOption={({ option }) => (
        <Group justify="space-between" wrap="nowrap" w="100%" gap="xs">
          <Text size="sm">{option.label}</Text>
          {isEea(option.value) && (
            <Badge size="xs" variant="outline" color="dark" title={t('countries.eeaLong')}>
              {t('countries.eea')}
            </Badge>
          )}
        </Group>
      )}
    />
  );
}

/** A form field holding a country code, as CountrySelect's props (value, onChange, error, blur). */
export function countryProps<T>(form: UseFormReturnType<T>, path: string) {
  const { value, onChange, ...rest } = form.getInputProps(path);
  return { ...rest, value: typeof value === 'string' ? value : '', onChange: onChange as (code: string) => void };
}
