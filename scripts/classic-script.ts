import { build, type PluginOption } from 'vite';

/**
 * Bundles and minifies `entry` into one classic script (IIFE) with no imports, and returns its code:
 * for the scripts that run outside the app's module graph (the embed loader on other sites, the early
 * paint of /quiz before the app). `plugins` join this separate build: a language's build passes its
 * language plugin, so words the script draws are that language's (scripts/language-plugin.ts).
 */
export async function buildClassicScript(
  entry: string,
  name: string,
  plugins: PluginOption[] = [],
): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins,
    build: {
      write: false,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['iife'], name, fileName: () => `${name}.js` },
    },
  });
  for (const result of Array.isArray(output) ? output : [output]) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((o) => o.type === 'chunk' && o.isEntry);
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error(`rolefit: the build of ${entry} produced no code`);
}
