import { describe, expect, it } from 'vitest';
import { splitTranscriptHtml, splitTranscriptMdx } from '../../../src/lib/transcript';

const MDX = ['Что сказано в видео.', '', 'Код – никому.', '', '## Подробнее', '', '### Слова', '', 'Пояснение.', ''].join('\n');

describe('a video transcript stops at the "more" heading', () => {
  it('keeps in the transcript only the MDX before the first "## Подробнее"', () => {
    const { transcript, more } = splitTranscriptMdx(MDX, 'Подробнее');
    expect(transcript).toBe('Что сказано в видео.\n\nКод – никому.\n\n');
    expect(more.startsWith('## Подробнее')).toBe(true);
    expect(more).toContain('Пояснение.');
  });

  it('treats a body without the heading as all transcript, and ignores the words inside a sentence or a deeper heading', () => {
    const body = 'Пояснения – ниже, в разделе «Подробнее».\n\n### Подробнее\n\nТекст.';
    expect(splitTranscriptMdx(body, 'Подробнее')).toEqual({ transcript: body, more: '' });
  });

  it('splits at the heading of the lesson language only', () => {
    const kk = 'Видеода айтылғаны.\n\n## Толығырақ\n\nТүсіндірме.';
    expect(splitTranscriptMdx(kk, 'Толығырақ').transcript).toBe('Видеода айтылғаны.\n\n');
    expect(splitTranscriptMdx(kk, 'Подробнее').more).toBe('');
  });

  it('splits rendered HTML at the first <h2> whose text is the heading, with an id or inner tags', () => {
    const html = '<p>Сказано.</p><h2 id="подробнее">Подробнее</h2><h3>Слова</h3><p>Пояснение.</p>';
    expect(splitTranscriptHtml(html, 'Подробнее')).toEqual({
      transcript: '<p>Сказано.</p>',
      more: '<h2 id="подробнее">Подробнее</h2><h3>Слова</h3><p>Пояснение.</p>',
    });
    expect(splitTranscriptHtml('<p>a</p><h2><span>Толығырақ</span> </h2><p>b</p>', 'Толығырақ').transcript).toBe('<p>a</p>');
  });

  it('leaves HTML without the heading whole, even when an <h2> or a paragraph names it', () => {
    const html = '<p>См. «Подробнее» ниже.</p><h2>Подробнее о видео</h2><p>Текст.</p>';
    expect(splitTranscriptHtml(html, 'Подробнее')).toEqual({ transcript: html, more: '' });
  });
});
