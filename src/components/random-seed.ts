/** A fresh random seed for the option order of a new quiz (browser only). */
export function newSeed(): number {
  const values = new Uint32Array(1);
  crypto.getRandomValues(values);
  return values[0] ?? 1;
}
