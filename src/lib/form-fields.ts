/**
 * A posted form's fields as strings. A field that is not a string (a file, a repeated name) reads
 * as '', so a form handler never meets another type and a bad form gets a clear "missing" answer.
 */
export const fieldText = (value: unknown): string => (typeof value === 'string' ? value : '');

export const textFields = (fields: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, fieldText(value)]));
