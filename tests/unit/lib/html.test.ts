import { expect, it } from 'vitest';
import { escapeAttribute } from '../../../src/lib/html';

it('escapes what could end or break out of a quoted attribute', () => {
  expect(escapeAttribute('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
});
