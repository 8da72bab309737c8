import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../../../scripts/lib/chromium.mjs';

/*
 * The system Chromium driven by playwright-core (its own browser download cannot reach its servers),
 * axe-core run inside the page, and screenshots kept in .data/screenshots for a person to look at.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const SCREENSHOT_DIR = path.join(ROOT, '.data', 'screenshots');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * playwright-core starts every launch with a fresh temporary profile (its own --user-data-dir) and adds
 * --headless itself; the other flags keep Chromium from calling home on a closed network.
 */
export async function launchBrowser(): Promise<Browser> {
  const { path: executablePath } = await ensureChromium();
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS.filter((flag) => flag !== '--headless'),
    // A French browser, as on the office computers: on Linux Chromium takes its language (date and time
    // fields: day first, 24-hour clock) from the environment, not from --lang. It needs Debian's
    // chromium-l10n for that; without it those two kinds of field keep the US layout in screenshots.
    env: { ...process.env, LANG: 'fr_FR.UTF-8', LANGUAGE: 'fr' },
  });
}

/** A French office screen: 1280×800, fr-FR, Paris time. CSP is bypassed only to inject axe-core. */
export function officeContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    bypassCSP: true,
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now and throws on any serious or
 * critical violation, naming the rule and the elements.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  // The callbacks run in the page: its globals are reached through globalThis (this file is Node code).
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as {
      axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> };
      document: unknown;
    };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations as AxeViolation[];
  });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length > 0) {
    const report = blocking
      .map(
        (v) =>
          `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes
            .slice(0, 5)
            .map(
              (n) =>
                `    ${n.target.join(' ')}${n.failureSummary ? `: ${n.failureSummary.split('\n')[1]?.trim()}` : ''}`,
            )
            .join('\n')}`,
      )
      .join('\n');
    throw new Error(
      `axe-core found ${blocking.length} serious or critical violation(s) on ${what}:\n${report}`,
    );
  }
}
