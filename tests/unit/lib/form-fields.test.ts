import { describe, expect, it } from 'vitest';
import { fieldText, textFields } from '../../../src/lib/form-fields';

describe('form fields as strings', () => {
  it('keep text as it was sent', () => {
    expect(textFields({ text: '  Сәлем\n', intent: 'reply' })).toEqual({ text: '  Сәлем\n', intent: 'reply' });
  });

  it('read a file or a repeated field as empty, never as another type', () => {
    expect(textFields({ file: new Blob(['x']), many: ['a', 'b'], missing: undefined })).toEqual({ file: '', many: '', missing: '' });
    expect(fieldText(42)).toBe('');
  });
});
