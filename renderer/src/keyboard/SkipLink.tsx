import { useTranslation } from 'react-i18next';
import classes from './SkipLink.module.css';

/**
 * The first stop of the Tab key: jumps past the header and navigation to the screen itself. It
 * moves focus rather than the address, because the address hash holds the route.
 */
export function SkipLink({ target }: { target: string }) {
  const { t } = useTranslation();
  return (
    <a
      href={`#${target}`}
      className={classes.skip}
      onClick={(e) => {
        e.preventDefault();
        // The next Tab then reaches the screen's first control.
        document.getElementById(target)?.focus();
      }}
    >
      {t('shortcuts.skip')}
    </a>
  );
}
