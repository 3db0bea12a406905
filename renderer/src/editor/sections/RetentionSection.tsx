import { useTranslation } from 'react-i18next';
import { Section } from '../../common/Section';
import type { ActivityForm } from '../activityForm';
import { RetentionEditor } from '../RetentionEditor';
import type { Vocab } from '../vocab';

export function RetentionSection({ form, vocab }: { form: ActivityForm; vocab: Vocab }) {
  const { t } = useTranslation();
  return (
    <Section id="retention" title={t('editor.section.retention')} reference="Art. 30(1)(f)">
      <RetentionEditor form={form} terms={vocab.terms} />
    </Section>
  );
}
