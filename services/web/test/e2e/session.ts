import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, officeContext, phoneContext } from './browser';
import { connectStack, type StackClient } from './stack';

/** What a browser-test file works with; set by the hook openBrowserPage registers. */
export interface BrowserSession {
  stack: StackClient;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * What every browser-test file starts with: its client of the shared stack, Chromium, one context (an
 * office screen or a phone) and one page, closed after the file's tests. Call it at the top of the file;
 * the fields are set before the file's own hooks and tests run.
 */
export function openBrowserPage(screen: 'office' | 'phone'): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.stack = connectStack(inject('stack'));
    session.browser = await launchBrowser();
    const contextFor = screen === 'office' ? officeContext : phoneContext;
    session.context = await contextFor(session.browser, session.stack.baseUrl);
    session.page = await session.context.newPage();
    session.page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await session.context?.close();
    await session.browser?.close();
    await session.stack?.close();
  });
  return session;
}
