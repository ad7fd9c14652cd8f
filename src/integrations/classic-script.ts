/**
 * Bundles a script our pages load as a file of its own at a fixed path (`/sw-register.js`,
 * `/print-qr.js`): one minified classic script, no imports left, for the browsers the site
 * supports. Classic, not a module: a sandboxed frame on a school site has an opaque origin, and a
 * module from ours would need CORS there.
 */
import { build } from 'esbuild';

export async function bundleClassicScript(entry: string, define: Record<string, string> = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: ['chrome90', 'firefox101', 'safari16.4'],
    define,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}
