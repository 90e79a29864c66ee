/** Makes `Date.now()` return a fixed instant until the returned function is called. */
export function freezeTime(iso: string): () => void {
  const original = Date.now;
  const frozen = new Date(iso).getTime();
  Date.now = () => frozen;
  return () => {
    Date.now = original;
  };
}
