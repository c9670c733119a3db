import { build } from 'vite';

/**
 * Bundles and minifies `entry` into one classic script (IIFE) with no imports, and returns its code:
 * for the scripts that run outside the app's module graph (the embed loader on other sites, the early
 * paint of /quiz before the app).
 */
export async function buildClassicScript(entry: string, name: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
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
