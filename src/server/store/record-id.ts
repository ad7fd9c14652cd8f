/** The ids the store gives its rows (cases, places, floods): random UUIDs, as `randomUUID()` writes them. */
const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `value` can be an id of ours; anything else is looked up nowhere. */
export const isRecordId = (value: string) => RECORD_ID.test(value);
