/**
 * Static paths for pages that exist once per language (or per language and audience). The
 * language comes back as a typed prop, so a page reads `Astro.props.lang` and needs no guard.
 */
import { AUDIENCES, type Audience } from '../lib/audiences';
import { LANGS, type Lang } from '../lib/langs';

export interface LangPageProps {
  lang: Lang;
}

export interface AudiencePageProps extends LangPageProps {
  audience: Audience;
}

export const langStaticPaths = () => LANGS.map((lang) => ({ params: { lang }, props: { lang } satisfies LangPageProps }));

export const audienceStaticPaths = () =>
  LANGS.flatMap((lang) => AUDIENCES.map((audience) => ({ params: { lang, audience }, props: { lang, audience } satisfies AudiencePageProps })));
