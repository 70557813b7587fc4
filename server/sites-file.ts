/**
 * The site file (`SWITCHBOARD_SITES`): JSON `{ "sites": [{ id, name, allowedOrigins, branding? }] }`, the
 * sites to create at start when they do not exist yet. Read once at start; a mistake stops the relay with
 * the field's path and what is wrong, rather than running without a site somebody meant to have.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { check } from '../protocol/schemas.js';
import { createSiteSchema } from '../protocol/site-schemas.js';
import type { CreateSiteRequest } from '../protocol/sites.js';
import { ConfigError } from './config.js';

const sitesFile = v.strictObject({
  sites: v.pipe(
    v.array(createSiteSchema),
    v.check(
      (sites) => new Set(sites.map((site) => site.id)).size === sites.length,
      'Two sites have the same id.',
    ),
  ),
});

/** Reads and checks the site file at `path`; throws a {@link ConfigError} naming the first mistake. */
export function readSitesFile(path: string): CreateSiteRequest[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the site file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`The site file ${path} is not JSON: ${(error as Error).message}`);
  }
  return parseSitesFile(json, path);
}

/** Checks parsed site-file content; `source` names it in errors. */
export function parseSitesFile(json: unknown, source: string): CreateSiteRequest[] {
  const checked = check(sitesFile, json);
  if (!checked.ok) throw new ConfigError(`The site file ${source} is wrong at ${checked.message}`);
  return checked.value.sites;
}
