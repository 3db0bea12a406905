// The activity form holds exactly the editable fields of core/api/schemas.ts and validates with the
// same zod schema the core applies on save: the rules are written once, in the core.
import type { UseFormReturnType } from '@mantine/form';
import type { Activity } from '../../../core/api/contract';
import { pickFields } from '../common/pickFields';
import type { TextHolder } from '../common/Translatable';
import { useSchemaForm } from '../common/schemaForm';
import {
  activityFields,
  blankActivityFields,
  type ActivityFields,
  type PurposeInput,
  type RetentionInput,
  type Safeguard,
  type TransferInput,
} from '../../../core/api/schemas';

export type ActivityForm = UseFormReturnType<ActivityFields>;

/** A new activity's fields: the same blank the core's spreadsheet import starts from. */
export const blankActivity = blankActivityFields;

// A new transfer names no safeguard until the user picks one (the register must not claim SCCs nobody
// chose); the form holds it as null and the schema refuses it on save with "choose a safeguard".
const NO_SAFEGUARD_YET = null as unknown as Safeguard;

export const blankTransfer = (): TransferInput => ({
  country: '',
  recipientId: null,
  safeguard: NO_SAFEGUARD_YET,
  safeguardDetails: '',
  translations: {},
});
export const blankRetention = (): RetentionInput => ({
  durationValue: null,
  durationUnit: null,
  criterion: '',
  trigger: '',
  dataCategoryId: null,
  dataSubjectId: null,
  translations: {},
});
export const blankPurpose = (): PurposeInput => ({
  text: '',
  legalBases: [],
  legitimateInterest: '',
  dataCategoryIds: null,
  dataSubjectIds: null,
  recipientIds: null,
  retentionPositions: null,
  translations: {},
});

/** The editable part of a saved activity, in the shape the form and `updateActivity` use. */
export function fieldsOf(a: Activity): ActivityFields {
  return {
    ...pickFields(blankActivity(a.organisationId), a),
    purposes: a.purposes.map((p) => pickFields(blankPurpose(), p)),
    transfers: a.transfers.map((x) => pickFields(blankTransfer(), x)),
    retention: a.retention.map((r) => pickFields(blankRetention(), r)),
  };
}

/** Every translatable text of an activity (core/api/schemas.ts, the *Translations schemas). */
export function activityTexts(v: ActivityFields): TextHolder[] {
  return [
    { values: v, fields: ['name', 'description', 'sources', 'securityDescription', 'art10Basis'] },
    ...v.purposes.map((p) => ({ values: p, fields: ['text', 'legitimateInterest'] })),
    ...v.retention.map((r) => ({ values: r, fields: ['criterion', 'trigger'] })),
    ...v.transfers.map((x) => ({ values: x, fields: ['safeguardDetails'] })),
  ];
}

export function useActivityForm(initial: ActivityFields): ActivityForm {
  return useSchemaForm(activityFields, initial);
}
