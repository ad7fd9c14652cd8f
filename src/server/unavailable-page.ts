/**
 * The answer of any route that meets a database fault it does not handle itself (docs/design.md's
 * promise: never an empty 500). Pages with a form (help, case, login, an inbox case) answer in
 * their own layout and give back what was typed; this is the plain page behind them.
 */
import { useTranslations } from '../i18n/index.ts';
import type { Lang } from '../lib/langs.ts';
import { escapeAttribute as escapeHtml } from '../lib/html.ts';
import { RETRY_AFTER_SECONDS } from './db/unavailable.ts';

export const retryAfter = { 'Retry-After': String(RETRY_AFTER_SECONDS) };

/** 503 for `pathname`: a short page in the page's language (the API answers its own, src/server/api/). */
export function unavailableResponse(pathname: string, lang: Lang): Response {
  const t = useTranslations(lang);
  const text = pathname.startsWith('/admin/') ? t('admin.unavailable.page') : t('unavailable.text');
  const html = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t('unavailable.title'))}</title></head>
<body>
<main>
<h1>${escapeHtml(t('unavailable.title'))}</h1>
<p role="alert">${escapeHtml(text)}</p>
<p><a href="tel:112">112</a> · <a href="tel:111">111</a></p>
</main>
</body>
</html>
`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', ...retryAfter } });
}
