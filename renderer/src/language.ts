import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../core/api/schemas';

/** The UI language as one of the register's languages (labels, summaries). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'en';
}
