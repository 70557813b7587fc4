import type { RequestHandler } from 'express';
import helmet, { contentSecurityPolicy, crossOriginResourcePolicy } from 'helmet';

const SELF = "'self'";
const NONE = "'none'";
const ONE_YEAR_S = 365 * 24 * 60 * 60;

/**
 * helmet's headers on every response: no MIME sniffing, no framing, no cross-origin reads, no referrer
 * leaks across origins, HSTS (which browsers heed only over TLS). Its Content-Security-Policy is for
 * responses that are not pages (JSON, files, errors): nothing may load from them. Pages replace it with
 * their own policy below.
 */
export const securityHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: [NONE], baseUri: [NONE], formAction: [NONE], frameAncestors: [NONE] },
  },
  crossOriginResourcePolicy: { policy: 'same-origin' },
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  strictTransportSecurity: { maxAge: ONE_YEAR_S, includeSubDomains: false },
  xFrameOptions: { action: 'deny' },
});

/**
 * The policy of a page that runs only its own files: its scripts and styles (no inline code, no `eval`),
 * its own socket, its own, data: and `imageSources` images, and frames from `frameSources`.
 * `frameAncestors` says who may frame it.
 */
function pageDirectives(options: {
  frameAncestors: readonly string[];
  frameSources: readonly string[];
  imageSources?: readonly string[];
}) {
  return {
    defaultSrc: [SELF],
    scriptSrc: [SELF],
    scriptSrcAttr: [NONE],
    styleSrc: [SELF],
    imgSrc: [SELF, 'data:', ...(options.imageSources ?? [])],
    fontSrc: [SELF],
    connectSrc: [SELF],
    frameSrc: options.frameSources,
    objectSrc: [NONE],
    baseUri: [NONE],
    formAction: [SELF],
    frameAncestors: options.frameAncestors,
  };
}

/** The console's policy: its own files only, and no site may frame it. */
export const consolePolicy: RequestHandler = contentSecurityPolicy({
  useDefaults: false,
  // The console frames the relay's own chat frame only, for the live preview of a site's branding.
  directives: pageDirectives({ frameAncestors: [NONE], frameSources: [SELF] }),
});

/**
 * The chat frame's policy: its own files only, plus images from the origin of the site's logo (an https:
 * URL, or null), framed only by the relay's own pages and `allowedOrigins`. Building it checks each origin,
 * so a malformed one in a site's settings fails the request instead of loosening the policy.
 */
export function framePolicy(
  allowedOrigins: readonly string[],
  logoUrl: string | null = null,
): RequestHandler {
  return contentSecurityPolicy({
    useDefaults: false,
    directives: pageDirectives({
      frameAncestors: [SELF, ...allowedOrigins],
      frameSources: [NONE],
      // The origin, not the whole URL: a path may hold characters a policy cannot. A logo URL the browser
      // could not load either adds nothing.
      imageSources: logoUrl !== null && URL.canParse(logoUrl) ? [new URL(logoUrl).origin] : [],
    }),
  });
}

/**
 * The demo site's policy, as strict as a careful host page's: its own scripts and styles only, and the
 * chat frame from the relay (itself, here). It shows that the embed needs no inline script or style.
 */
export const demoPolicy: RequestHandler = contentSecurityPolicy({
  useDefaults: false,
  directives: pageDirectives({ frameAncestors: [NONE], frameSources: [SELF] }),
});

/** For the loader and the chat frame, which other origins' pages load: they may be embedded anywhere. */
export const embeddable: RequestHandler = crossOriginResourcePolicy({ policy: 'cross-origin' });
