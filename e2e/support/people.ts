import type { Browser, FrameLocator, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { ADMIN } from './switchboard-process.js';

/** A visitor on the demo site, in their own browser context, as a person would use the widget. */
export class Visitor {
  readonly chat: FrameLocator;

  constructor(readonly page: Page) {
    this.chat = page.frameLocator('iframe[title="Chat"]');
  }

  static async arrive(browser: Browser, baseUrl: string): Promise<Visitor> {
    const context = await browser.newContext({ locale: 'en-GB' });
    const visitor = new Visitor(await context.newPage());
    await visitor.page.goto(`${baseUrl}/`);
    return visitor;
  }

  get transcript(): Locator {
    return this.chat.getByRole('log');
  }

  async openChat(): Promise<void> {
    await this.page.getByRole('button', { name: /open chat/i }).click();
    await expect(this.chat.getByRole('textbox', { name: 'Message' })).toBeVisible();
  }

  async say(text: string): Promise<void> {
    await this.chat.getByRole('textbox', { name: 'Message' }).fill(text);
    await this.chat.getByRole('button', { name: 'Send' }).click();
  }

  async askForPerson(): Promise<void> {
    await this.chat.getByRole('button', { name: 'Talk to a person' }).click();
  }
}

/** What an agent signs in with. */
export interface AgentAccount {
  email: string;
  password: string;
}

/** A support agent signed in to the console, in their own browser context. */
export class Agent {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Signs in as `account`, the first admin unless another is given. */
  static async signIn(browser: Browser, baseUrl: string, account: AgentAccount = ADMIN): Promise<Agent> {
    const context = await browser.newContext();
    const agent = new Agent(await context.newPage(), baseUrl);
    await agent.page.goto(`${baseUrl}/console/`);
    await agent.page.getByLabel('Email').fill(account.email);
    await agent.page.getByLabel('Password').fill(account.password);
    await agent.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(agent.page.getByRole('tab', { name: /Waiting/ })).toBeVisible();
    return agent;
  }

  /**
   * As an admin, adds a teammate on the Settings page, as an admin would, comes back to the inbox, and
   * returns what the teammate signs in with.
   */
  async addTeammate(name: string): Promise<AgentAccount> {
    const account = { email: `${name.toLowerCase()}@example.com`, password: `${name}-first-password` };
    await this.page.goto(`${this.baseUrl}/console/#/settings`);
    const form = this.page.getByRole('form', { name: 'Add a teammate' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Email').fill(account.email);
    await form.getByLabel('First password').fill(account.password);
    await form.getByRole('button', { name: 'Add teammate' }).click();
    await expect(form.getByRole('status')).toContainText(`Added ${name}`);
    await this.page.goto(`${this.baseUrl}/console/`);
    await expect(this.page.getByRole('tab', { name: /Waiting/ })).toBeVisible();
    return account;
  }

  /**
   * As an admin, opens the Settings page on the site named `siteName`: its branding, snippet, webhooks and
   * retention, whichever site the page showed first.
   */
  async openSiteSettings(siteName: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Settings' })
      .click();
    const row = this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: siteName }) });
    if ((await row.getAttribute('aria-current')) !== 'true') {
      await row.getByRole('button', { name: `Configure ${siteName}` }).click();
    }
    await expect(this.page.getByRole('heading', { name: `Site: ${siteName}` })).toBeVisible();
  }

  get timeline(): Locator {
    return this.page.getByRole('log', { name: 'Timeline' });
  }

  /** Opens the waiting conversation whose row matches `row` (its newest message, say). */
  async openWaiting(row: RegExp): Promise<void> {
    await this.page.getByRole('tab', { name: /Waiting/ }).click();
    await this.page.getByRole('tabpanel').getByRole('button', { name: row }).click();
  }

  /** Opens the waiting conversation whose row matches `row` and takes it over. */
  async takeOverWaiting(row: RegExp): Promise<void> {
    await this.openWaiting(row);
    await this.page.getByRole('button', { name: 'Take over' }).click();
  }

  async reply(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Message' }).fill(text);
    await this.page.getByRole('button', { name: 'Send' }).click();
  }
}

/**
 * Checks that `phrases` appear in `log`'s text in this order, each exactly once: the whole transcript, in
 * order, with no duplicate.
 */
export async function expectTranscript(log: Locator, phrases: readonly string[]): Promise<void> {
  await expect(async () => {
    const text = await log.innerText();
    let searchFrom = 0;
    for (const phrase of phrases) {
      const at = text.indexOf(phrase, searchFrom);
      expect(at, `"${phrase}" after position ${searchFrom}`).toBeGreaterThanOrEqual(0);
      expect(text.split(phrase).length - 1, `"${phrase}" appears once`).toBe(1);
      searchFrom = at + phrase.length;
    }
  }).toPass({ timeout: 15_000 });
}
