/** A file-system failure in Italian, naming the file when the system says which (no raw English text). */
export function describeFileError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const path = error instanceof Error && 'path' in error ? ` "${String(error.path)}"` : '';
  switch (code) {
    case 'ENOENT':
      return `il file${path} non esiste: controlla il percorso`;
    case 'EACCES':
    case 'EPERM':
      return `permesso negato sul file${path}`;
    case 'EISDIR':
      return `${path.trim() || 'il percorso'} è una cartella, non un file`;
    case 'ENOSPC':
      return 'il disco è pieno';
    default:
      return code ? `errore di sistema ${code}${path}` : 'errore imprevisto';
  }
}
