/**
 * Static paths for pages that exist once per language (or per language and audience). The
 * language comes back as a typed prop, so a page reads `Astro.props.lang` and needs no guard.
 */
import { AUDIENCES, type Audience } from '../lib/audiences';
import { useTranslations, type Translate } from '../i18n';
import { isLang, LANGS, type Lang } from '../lib/langs';

export interface LangPageProps {
  lang: Lang;
}

export interface AudiencePageProps extends LangPageProps {
  audience: Audience;
}

export const langStaticPaths = () => LANGS.map((lang) => ({ params: { lang }, props: { lang } satisfies LangPageProps }));

export const audienceStaticPaths = () =>
  LANGS.flatMap((lang) => AUDIENCES.map((audience) => ({ params: { lang, audience }, props: { lang, audience } satisfies AudiencePageProps })));

/**
 * The language of a page rendered on demand, read from its address with its translations; or,
 * for a prefix that is no language of the site (`/en/help/`), the 404 the page answers instead.
 */
export function onDemandLang(params: Record<string, string | undefined>): { lang: Lang; t: Translate } | { notFound: Response } {
  const lang = params['lang'];
  if (!isLang(lang)) return { notFound: new Response(null, { status: 404 }) };
  return { lang, t: useTranslations(lang) };
}
