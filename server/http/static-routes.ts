import { join } from 'node:path';
import express, { Router } from 'express';
import type { Store } from '../store/store.js';
import { appContentSecurityPolicy } from './security-headers.js';

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

  router.get('/widget.js', (_request, response) => {
    // Short-lived, so a new release reaches every host page within minutes.
    response.sendFile(join(publicDirectory, 'widget.js'), { maxAge: '5m' });
  });

  router.use('/frame/assets', express.static(join(publicDirectory, 'frame', 'assets'), IMMUTABLE));
  router.get('/frame/:siteId', async (request, response) => {
    const site = await store.findSite(request.params.siteId);
    if (!site) {
      response.status(404).type('text/plain').send('Unknown site.');
      return;
    }
    response.setHeader(
      'Content-Security-Policy',
      appContentSecurityPolicy(["'self'", ...site.allowedOrigins]),
    );
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(frameDocument);
  });

  router.use('/console/assets', express.static(join(publicDirectory, 'console', 'assets'), IMMUTABLE));
  router.get(['/console', '/console/{*path}'], (_request, response) => {
    response.setHeader('Content-Security-Policy', appContentSecurityPolicy([]));
    response.setHeader('X-Frame-Options', 'DENY');
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(consoleDocument);
  });

  router.use(express.static(demoDirectory, { extensions: ['html'] }));
  return router;
}
