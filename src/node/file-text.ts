/**
 * What the command line and the archive reader share about files: why one cannot be read, and whether its bytes are a
 * cable's.
 */

/** One short reason for a failed read, from the error's code (`no such file`, `is a directory`...). */
export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

/** True when the first bytes hold a NUL: a binary file, never a cable. */
export function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).includes(0);
}
