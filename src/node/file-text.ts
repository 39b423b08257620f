/**
 * What the command line and the archive reader share about files: why one cannot be read or written, what kind of
 * file a path is (devices and FIFOs are never read: they may never end), whether bytes are a cable's, and a file's
 * text within a size limit.
 */
import { type Dirent, lstatSync, readFileSync, type Stats, statSync } from 'node:fs';

/** Short reasons by error code, each read after "found" or "cannot read:" / "cannot write:". */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a path through something that is no directory',
  ELOOP: 'too many symbolic links (a loop)',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large (past the file-size limit)',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  EPIPE: 'the reader closed the pipe',
};

/** One short reason for a failed read or write, from the error's code (`no such file`, `no space left`...). */
export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return (code && REASONS[code]) || ((error as Error)?.message ?? String(error));
}

/** What a path is when it is no regular file (`a FIFO`, `a character device`...), or null for a regular file. */
export function specialKind(entry: Stats | Dirent): string | null {
  if (entry.isFile()) return null;
  if (entry.isDirectory()) return 'a directory';
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return entry.isSymbolicLink() ? 'a symbolic link' : 'no regular file';
}

/** The reason given for binary bytes. */
export const BINARY = 'binary content (NUL bytes)';

/**
 * True when the first 8000 bytes look binary: a NUL among many control bytes (more than one in ten: an executable,
 * an image, UTF-16 text). A stray NUL in a text is no reason to refuse it: the parser reports it (CG901).
 */
export function isBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8000);
  if (!head.includes(0)) return false;
  let control = 0;
  for (const byte of head) if (byte < 9 || (byte > 13 && byte < 32) || byte === 127) control++;
  return control * 10 > head.length;
}

/** Why a path cannot be read as a file: the stat error (a broken link named as such), or its kind. */
function statProblem(file: string): { stats: Stats } | { error: string } {
  try {
    const stats = statSync(file);
    const kind = specialKind(stats);
    if (kind === 'a directory') return { error: 'is a directory' };
    return kind ? { error: `${kind}, not a regular file` } : { stats };
  } catch (error) {
    try {
      if (lstatSync(file).isSymbolicLink()) return { error: 'a broken symbolic link' };
    } catch {}
    return { error: unreadableReason(error) };
  }
}

/**
 * The text of a regular file of at most `maxBytes` bytes, decoded as UTF-8 (invalid bytes as U+FFFD, which the
 * parser reports), or why it is none: missing, a directory, a device or FIFO (never opened), too large (never
 * read), binary.
 */
export function readTextFile(file: string, maxBytes: number): { text: string } | { error: string } {
  const checked = statProblem(file);
  if ('error' in checked) return checked;
  if (checked.stats.size > maxBytes)
    return { error: `a file of ${checked.stats.size} bytes, over the limit of ${maxBytes} (maxBytes)` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { error: unreadableReason(error) };
  }
  if (bytes.length > maxBytes)
    return { error: `a file of ${bytes.length} bytes, over the limit of ${maxBytes} (maxBytes)` };
  if (isBinary(bytes)) return { error: BINARY };
  return { text: bytes.toString('utf8') };
}

/** Checks that a path is a regular file (never opening a device or FIFO); the reason when it is not. */
export function regularFileProblem(file: string): string | null {
  const checked = statProblem(file);
  return 'error' in checked ? checked.error : null;
}

/**
 * A size as the command line takes it: bytes, or with a `K`, `M` or `G` (binary multiples, `KB`/`KiB` too).
 *
 * @example
 * parseSize('64M') // 67108864
 */
export function parseSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*(?:([KMG])(?:i?B)?)?$/i.exec(text.trim());
  if (!match) return null;
  const scale = { K: 2 ** 10, M: 2 ** 20, G: 2 ** 30 }[(match[2] ?? '').toUpperCase() as 'K' | 'M' | 'G'] ?? 1;
  const size = Math.floor(Number(match[1]) * scale);
  return size > 0 ? size : null;
}
