// A language's question bank made at build time by scripts/translated-bank-plugin.ts.
declare module '*bank.json?translated' {
  const translated: unknown;
  export default translated;
}
