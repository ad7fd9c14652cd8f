import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ExternalVideo from '../../../src/components/ExternalVideo.astro';
import { externalVideo } from '../../../src/lib/video';

async function render(url: string) {
  const container = await AstroContainer.create();
  return container.renderToString(ExternalVideo, {
    props: { lang: 'kk', video: externalVideo(url), title: 'Кибербуллинг' },
  });
}

describe('an external video before the viewer asks for it', () => {
  it('loads nothing from the host: no iframe, no image, no script from it', async () => {
    const html = await render('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(html).not.toMatch(/<iframe/);
    expect(html).not.toMatch(/<(img|script|link)[^>]+(src|href)="https:\/\/[^"]*youtube/);
  });

  it('keeps the player address only as data for the click, and links the host page for readers without JavaScript', async () => {
    const html = await render('https://youtu.be/dQw4w9WgXcQ');
    expect(html).toContain('data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"');
    expect(html).toMatch(/<a[^>]+href="https:\/\/youtu\.be\/dQw4w9WgXcQ"[^>]+rel="noopener noreferrer"/);
    expect(html).toContain('youtu.be');
  });

  it('offers only the link for a host it cannot embed', async () => {
    const html = await render('https://example.org/videos/42');
    expect(html).not.toContain('data-load-video');
    expect(html).toContain('href="https://example.org/videos/42"');
  });
});
