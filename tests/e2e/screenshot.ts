import type { Page } from '@playwright/test'

/** Screenshots of the pages a change touches, kept under test-results/screenshots to look at. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  await page.screenshot({
    path: `test-results/screenshots/${name}.png`,
    fullPage: options.fullPage ?? false,
  })
}
