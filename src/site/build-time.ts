/**
 * When the site is built and whether it is a preview: what decides which lessons and channels a
 * page shows. Apart from src/catalog.ts so that pages rendered on demand can ask without
 * importing the lesson collections.
 */
import { showsSamples, showsUnpublished } from '../lib/lessons';

/**
 * The moment the site is built: it decides what is published and which webinars are past. One
 * moment for the whole build (astro.config.mjs), though its pages render in several workers;
 * `astro dev`, which builds nothing, takes the moment it starts.
 */
export const buildTime = new Date((import.meta.env['BUILD_TIME'] as string | undefined) ?? Date.now());

/**
 * Drafts, scheduled lessons and unconfirmed channels are shown only in a preview; see
 * showsUnpublished(). PREVIEW_DRAFTS is fixed at build time (astro.config.mjs), so pages rendered
 * per request by a production build never become a preview.
 */
export const previewDrafts = showsUnpublished({ DEV: import.meta.env.DEV, PREVIEW_DRAFTS: import.meta.env['PREVIEW_DRAFTS'] as string | undefined });

/**
 * Sample content (`sample: true`) is shown in a preview and with SHOW_SAMPLES=1; see showsSamples().
 * Fixed at build time like PREVIEW_DRAFTS, so a production server never starts showing samples.
 */
export const showSamples = showsSamples({
  DEV: import.meta.env.DEV,
  PREVIEW_DRAFTS: import.meta.env['PREVIEW_DRAFTS'] as string | undefined,
  SHOW_SAMPLES: import.meta.env['SHOW_SAMPLES'] as string | undefined,
});
