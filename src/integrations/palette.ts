/**
 * Serves src/styles/palette.ts as the CSS module `virtual:zanbala/palette.css`, so the pages'
 * custom properties and the widget's colours come from one list and cannot drift apart.
 */
import type { AstroIntegration } from 'astro';
import { paletteCss } from '../styles/palette.ts';

const ID = 'virtual:zanbala/palette.css';
// A path-like id ending in .css, so Vite's CSS pipeline bundles it like any stylesheet.
const RESOLVED = '/@zanbala-palette.css';

export default function palette(): AstroIntegration {
  return {
    name: 'zanbala:palette',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'zanbala:palette',
                resolveId: (id) => (id === ID ? RESOLVED : undefined),
                load: (id) => (id === RESOLVED ? paletteCss() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
