/**
 * The browser every benchmark and browser test runs: the system's Chromium (Debian:
 * apt-get install chromium); Playwright downloads none. CHROMIUM_PATH points elsewhere
 * on other machines. Used by playwright.config.ts, bench:search and the Lighthouse runs.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The flags every launch takes: a root user on a machine without a network, so no
 * sandbox and no background traffic. Each caller adds its own (playwright.config.ts,
 * lighthouse-run.ts).
 */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
