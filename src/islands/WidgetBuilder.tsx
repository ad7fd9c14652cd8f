/**
 * The builder on `/{lang}/schools/`: language, audience and region in, copy-ready snippets of
 * both variants and a live preview out. The preview is the real widget from our own /widget.js.
 * Rendered on the server with the default choice and its controls disabled, so without
 * JavaScript the page still shows a working snippet to copy by hand.
 */
import { h } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { Audience } from '../lib/audiences';
import { iframeSnippet, widgetSnippet, type EmbedChoice } from '../lib/embed-snippets';
import type { Lang } from '../lib/langs';
import { posterPath, postersPath, widgetScriptPath } from '../lib/paths';
import CopySnippet, { type CopyText } from './CopySnippet';
import './controls.css';
import './WidgetBuilder.css';

export interface Choice<T extends string = string> {
  value: T;
  label: string;
}

/** Every text the builder shows, in the page's language (from src/i18n). */
export interface BuilderText extends CopyText {
  legend: string;
  lang: string;
  audience: string;
  region: string;
  regionHint: string;
  noRegion: string;
  widgetTitle: string;
  widgetText: string;
  widgetCode: string;
  preview: string;
  iframeTitle: string;
  iframeText: string;
  iframeCode: string;
  /** `{region}` is filled with the region's name. */
  poster: string;
  posters: string;
}

interface Props {
  /** The site's public origin: snippets point there, wherever this page is viewed. */
  origin: string;
  initial: EmbedChoice;
  langs: Choice<Lang>[];
  audiences: Choice<Audience>[];
  regions: Choice[];
  /** The iframe's accessible name, in each language the widget can have. */
  frameTitles: Record<Lang, string>;
  text: BuilderText;
}

/** Loads the real widget once, from our own origin, for the preview. */
function loadWidget(): void {
  if (customElements.get('zanbala-widget') || document.querySelector(`script[src="${widgetScriptPath}"]`)) return;
  document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: widgetScriptPath }));
}

export default function WidgetBuilder({ origin, initial, langs, audiences, regions, frameTitles, text }: Props) {
  const [choice, setChoice] = useState<EmbedChoice>(initial);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    loadWidget();
    setReady(true);
  }, []);

  const hintId = useId();
  const select = <T extends string>(label: string, name: keyof EmbedChoice, value: string, choices: Choice<T>[], hint?: string) => (
    <label class="choice">
      <span>{label}</span>
      <select
        class="control"
        name={name}
        value={value}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => setChoice({ ...choice, [name]: event.currentTarget.value || undefined })}
      >
        {choices.map((option) => (
          <option value={option.value}>{option.label}</option>
        ))}
      </select>
      {hint && (
        <span class="muted builder-hint" id={hintId}>
          {hint}
        </span>
      )}
    </label>
  );
  const regionName = regions.find((region) => region.value === choice.region)?.label;

  return (
    <div class="builder" data-builder>
      <fieldset class="choices builder-choices" disabled={!ready}>
        <legend>{text.legend}</legend>
        {select(text.lang, 'lang', choice.lang, langs)}
        {select(text.audience, 'audience', choice.audience, audiences)}
        {select(text.region, 'region', choice.region ?? '', [{ value: '', label: text.noRegion }, ...regions], text.regionHint)}
      </fieldset>
      <p>
        {regionName ? (
          <a href={posterPath(choice.lang, choice.region!)}>{text.poster.replace('{region}', regionName)}</a>
        ) : (
          <a href={postersPath(choice.lang)}>{text.posters}</a>
        )}
      </p>

      <h3>{text.widgetTitle}</h3>
      <p>{text.widgetText}</p>
      <CopySnippet label={text.widgetCode} code={widgetSnippet(origin, choice)} ready={ready} text={text} />
      <h3>{text.preview}</h3>
      <div class="builder-preview" data-preview>
        {ready && h('zanbala-widget', { lang: choice.lang, audience: choice.audience, region: choice.region })}
      </div>

      <h3>{text.iframeTitle}</h3>
      <p>{text.iframeText}</p>
      <CopySnippet label={text.iframeCode} code={iframeSnippet(origin, choice, frameTitles[choice.lang])} ready={ready} text={text} />
    </div>
  );
}
