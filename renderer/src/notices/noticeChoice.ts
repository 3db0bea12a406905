// Which notice the Notices page shows and exports.
import type { NOTICE_KINDS } from '../../../core/api/export-options';
import type { Audience, Language } from '../../../core/api/enums';

export type NoticeKind = (typeof NOTICE_KINDS)[number];
export interface NoticeChoice {
  kind: NoticeKind;
  audience: Audience;
  lang: Language;
}
