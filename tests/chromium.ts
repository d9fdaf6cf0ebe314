/**
 * Which Chromium the browser tests and the benchmark start, and with which flags: Debian's
 * (or CHROME_PATH), never a downloaded one. The flags keep it off this machine's closed network.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it (apt-get install chromium) or set CHROME_PATH to a ` +
        'Chrome/Chromium binary; nothing here downloads a browser.',
    );
  }
  return path;
}
