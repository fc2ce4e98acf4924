// The request form filled in as a customer with a business line would: shared by the letter's
// own tests and the test that counts letters prepared.
import type { Page } from 'playwright-core';

export async function fillLetterForm(
  page: Page,
  overrides: Record<string, string> = {},
  selects: Record<string, string> = {},
) {
  const values: Record<string, string> = {
    business: 'Rodney Bay Marine Supplies Ltd',
    contact: 'Marie Joseph',
    email: 'it@rodneybaymarine.example',
    phone: '+1 758 555 0142',
    account: 'ADSL-204817',
    address: 'Reduit Beach Avenue\nRodney Bay, Gros Islet\nSaint Lucia',
    ip: '200.50.63.10',
    hostname: 'mail.rodneybaymarine.example',
    volume: '300',
    justification:
      'Our invoicing appliance can only send plain SMTP on port 25 and cannot use a relay with a password.',
    ...overrides,
  };
  for (const [name, value] of Object.entries(values)) {
    await page.locator(`[name="${name}"]`).first().fill(value);
  }
  for (const [name, value] of Object.entries(selects)) {
    await page.locator(`#f-${name}`).selectOption(value);
  }
  await page.locator('#f-ptr-no').check();
  await page.locator('#f-kinds-correspondence').check();
  await page.locator('#f-destinations-any').check();
  await page.locator('#f-assurances-no-open-relay').check();
  await page.locator('#f-assurances-aup').check();
}
