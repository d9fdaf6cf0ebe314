/** Session time in each standard's own format. Pure, so both are tested directly. */

/** SCORM 1.2 CMITimespan: `HHHH:MM:SS.SS` (hours up to four digits, two decimals of seconds). */
export function scorm12Time(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const [whole, fraction] = seconds.toFixed(2).split('.') as [string, string];
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${whole.padStart(2, '0')}.${fraction}`;
}

/** SCORM 2004 timeinterval: an ISO 8601 duration such as `PT1H2M3.45S`. */
export function scorm2004Time(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  let out = 'PT';
  if (hours > 0) {
    out += `${hours}H`;
  }
  if (minutes > 0) {
    out += `${minutes}M`;
  }
  return `${out}${Number(seconds.toFixed(2))}S`;
}
