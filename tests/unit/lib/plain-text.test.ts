import { describe, expect, it } from 'vitest';
import { mdxPlainText } from '../../../src/lib/plain-text';

describe('the plain text of an MDX body', () => {
  it('keeps the words and drops imports, components, markup and link targets', () => {
    const mdx = [
      "import Note from '../../components/Note.astro';",
      '',
      '## Алаяқ кім?',
      '',
      'Алаяқ сенің **құпиясөзіңді** _алғысы_ келеді. [Көмек](/kk/help/) бар.',
      '',
      '<Note kind="warning">Ешкімге айтпа</Note>',
      '',
      '- бірінші',
      '1. екінші',
      '> дәйексөз',
      '![сурет](./a.png) {props.value}',
    ].join('\n');
    expect(mdxPlainText(mdx)).toBe('Алаяқ кім? Алаяқ сенің құпиясөзіңді алғысы келеді. Көмек бар. Ешкімге айтпа бірінші екінші дәйексөз');
  });
});
