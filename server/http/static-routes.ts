import { join } from 'node:path';
import express, { Router, type RequestHandler } from 'express';
import type { Store } from '../store/store.js';
import { createFrameDocument } from './frame-document.js';
import { consolePolicy, demoPolicy, embeddable, framePolicy } from './security-headers.js';
import { publicSiteConfigOf } from './site-views.js';

export interface StaticRoutesOptions {
  store: Store;
  /** The production build of the widget and console (`dist/public`). */
  publicDirectory: string;
  /** The demo host site. */
  demoDirectory: string;
}

/** Sends the chat document that an earlier handler rendered into `response.locals.chatDocument`. */
const sendChatDocument: RequestHandler = (_request, response) => {
  response.setHeader('Cache-Control', 'no-cache');
  response.type('html').send(response.locals.chatDocument as string);
};

/** Built assets have content hashes in their names, so they can be cached for a year. */
const IMMUTABLE = { immutable: true, maxAge: '365d', index: false, fallthrough: false } as const;

/**
 * The relay's pages: the loader script, the chat frame (which only the site's own origins may embed), the
 * full-page assistant at `/chat/:siteId` (the same document, framed by nobody else), the console, and the
 * demo site. Both chat pages carry the site's public config inlined, and read the site's current origins
 * and branding from the store at every request.
 */
export function staticRoutes({ store, publicDirectory, demoDirectory }: StaticRoutesOptions): Router {
  const router = Router();
  const renderChatDocument = createFrameDocument(join(publicDirectory, 'frame', 'index.html'));
  const consoleDocument = join(publicDirectory, 'console', 'index.html');

  /**
   * Renders the chat document for the path's site into `response.locals.chatDocument`, and sets its policy:
   * the site's origins may frame it if `isFramed`, nobody else's pages otherwise.
   */
  function chatDocument({ isFramed }: { isFramed: boolean }): RequestHandler {
    return async (request, response, next) => {
      const { siteId } = request.params;
      const profile = typeof siteId === 'string' ? await store.findSiteProfile(siteId) : null;
      if (!profile) {
        response.status(404).type('text/plain').send('Unknown site.');
        return;
      }
      response.locals.chatDocument = await renderChatDocument(publicSiteConfigOf(profile));
      // CSP frame-ancestors says who may frame it, so X-Frame-Options must not.
      response.removeHeader('X-Frame-Options');
      framePolicy(isFramed ? profile.allowedOrigins : [], profile.branding.logoUrl)(request, response, next);
    };
  }

  router.get('/widget.js', embeddable, (_request, response) => {
    // Short-lived, so a new release reaches every host page within minutes.
    response.sendFile(join(publicDirectory, 'widget.js'), { maxAge: '5m' });
  });

  router.use('/frame/assets', express.static(join(publicDirectory, 'frame', 'assets'), IMMUTABLE));
  router.get('/frame/:siteId', chatDocument({ isFramed: true }), embeddable, sendChatDocument);
  router.get('/chat/:siteId', chatDocument({ isFramed: false }), sendChatDocument);

  router.use('/console/assets', express.static(join(publicDirectory, 'console', 'assets'), IMMUTABLE));
  router.get(['/console', '/console/{*path}'], consolePolicy, (_request, response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(consoleDocument);
  });

  router.use(demoPolicy, express.static(demoDirectory, { extensions: ['html'] }));
  return router;
}
