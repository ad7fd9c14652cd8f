/**
 * The neutral page quick exit leads to: a weather site, common and unremarkable on a child's
 * phone. QUICK_EXIT_URL overrides it at build time.
 */
export const QUICK_EXIT_URL = process.env.QUICK_EXIT_URL ?? 'https://www.gismeteo.kz/';
