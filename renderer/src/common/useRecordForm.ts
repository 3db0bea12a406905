import type { z } from 'zod';
import type { Outcome } from '../api';
import { pickFields } from './pickFields';
import { useSchemaForm } from './schemaForm';
import { useSave } from './useSave';

interface RecordApi<F, R> {
  create: (fields: F) => Promise<Outcome<R>>;
  update: (input: { id: string; version: number; fields: F }) => Promise<Outcome<R>>;
}

/** The form of a catalogue record: new from `blank`, or editing `record` (saved on its version). */
export function useRecordForm<F extends object, R extends { id: string; version: number }>(
  schema: z.ZodType,
  blank: F,
  record: R | null | undefined,
  api: RecordApi<F, R>,
  onSaved: (saved: R) => void,
) {
  const form = useSchemaForm<F>(schema, record ? pickFields(blank, record) : blank);
  const saver = useSave(
    form,
    (fields) => (record ? api.update({ id: record.id, version: record.version, fields }) : api.create(fields)),
    onSaved,
    'fields.',
  );
  return { form, ...saver };
}
