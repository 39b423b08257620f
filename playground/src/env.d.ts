/** A `.txt` file imported by the page is its text, inlined by the build (tsup's `text` loader). */
declare module '*.txt' {
  const text: string;
  export default text;
}
