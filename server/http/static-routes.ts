import { join } from 'node:path';
import express, { Router } from 'express';
import type { Store } from '../store/store.js';
import { consolePolicy, demoPolicy, embeddable, framePolicy } from './security-headers.js';

export interface StaticRoutesOptions {
  store: Store;
  /** The production build of the widget and console (`dist/public`). */
  publicDirectory: string;
  /** The demo host site. */
  demoDirectory: string;
}

/** Built assets have content hashes in their names, so they can be cached for a year. */
const IMMUTABLE = { immutable: true, maxAge: '365d', index: false, fallthrough: false } as const;

/**
 * The relay's pages: the loader script, the chat frame (which only the site's own origins may embed), the
 * console, and the demo site.
 */
export function staticRoutes({ store, publicDirectory, demoDirectory }: StaticRoutesOptions): Router {
  const router = Router();
  const frameDocument = join(publicDirectory, 'frame', 'index.html');
  const consoleDocument = join(publicDirectory, 'console', 'index.html');

  router.get('/widget.js', embeddable, (_request, response) => {
    // Short-lived, so a new release reaches every host page within minutes.
    response.sendFile(join(publicDirectory, 'widget.js'), { maxAge: '5m' });
  });

  router.use('/frame/assets', express.static(join(publicDirectory, 'frame', 'assets'), IMMUTABLE));
  router.get(
    '/frame/:siteId',
    async (request, response, next) => {
      const { siteId } = request.params;
      const site = typeof siteId === 'string' ? await store.findSite(siteId) : null;
      if (!site) {
        response.status(404).type('text/plain').send('Unknown site.');
        return;
      }
      // The site's own origins may frame it; CSP frame-ancestors says which, so X-Frame-Options must not.
      response.removeHeader('X-Frame-Options');
      framePolicy(site.allowedOrigins)(request, response, next);
    },
    embeddable,
    (_request, response) => {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(frameDocument);
    },
  );

  router.use('/console/assets', express.static(join(publicDirectory, 'console', 'assets'), IMMUTABLE));
  router.get(['/console', '/console/{*path}'], consolePolicy, (_request, response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(consoleDocument);
  });

  router.use(demoPolicy, express.static(demoDirectory, { extensions: ['html'] }));
  return router;
}
