/** The completion record's id: kept out of the first screen's code, which never shows it. */

/**
 * The completion record's id, made from the course and the moment of completion (to the second,
 * which is what the LMS's compact suspend data keeps), so every device and every restore shows
 * the same id for the same completion. Not a secret and not a credential: a reference.
 */
export function completionRecordId(course: string, completedAt: number): string {
  const text = `${course}|${Math.round(completedAt / 1000)}`;
  // FNV-1a, 32 bits, twice with different offsets: short, stable, well spread.
  const fnv = (offset: number) => {
    let hash = offset >>> 0;
    for (let i = 0; i < text.length; i += 1) {
      hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    }
    return hash.toString(36).toUpperCase().padStart(7, '0').slice(-7);
  };
  return `LR-${fnv(0x811c9dc5)}-${fnv(0x050c5d1f)}`;
}
