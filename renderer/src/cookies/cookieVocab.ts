// What the Cookies page names a cookie's provider, category and activity by, loaded with the list.
import type { ActivitySummary, Outcome, Recipient, Term } from '../../../core/api/contract';
import type { Language } from '../../../core/api/schemas';
import { ropa, settle } from '../api';

export interface CookieVocab {
  recipients: Recipient[];
  categories: Term[];
  activities: ActivitySummary[];
}

export async function loadCookieVocab(lang: Language): Promise<Outcome<CookieVocab>> {
  const [recipients, categories, activities] = await Promise.all([
    settle(ropa().listRecipients()),
    settle(ropa().listTerms({ kind: 'cookie_category' })),
    settle(ropa().listActivities({ lang })),
  ]);
  if (!recipients.ok) return recipients;
  if (!categories.ok) return categories;
  if (!activities.ok) return activities;
  return {
    ok: true,
    value: { recipients: recipients.value, categories: categories.value, activities: activities.value },
  };
}
