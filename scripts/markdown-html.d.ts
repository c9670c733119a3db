// Markdown rendered to HTML at build time by scripts/markdown-plugin.ts.
declare module '*.md?html' {
  const html: string;
  export default html;
}
