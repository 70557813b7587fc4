import { useEffect, useRef } from 'preact/hooks';
import type { LoaderToFrameMessage } from '../../protocol/frame-messages.js';
import type { SiteBranding } from '../../protocol/sites.js';

interface WidgetPreviewProps {
  siteId: string;
  /** The draft's branding; the frame redraws with it on every change. */
  branding: SiteBranding;
}

/**
 * The site's chat frame in preview mode, which connects to nothing and shows sample lines. The console sends
 * it the draft branding when it loads and on every change; the frame accepts that from its own origin only.
 */
export function WidgetPreview({ siteId, branding }: WidgetPreviewProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const latest = useRef(branding);
  latest.current = branding;

  function send(): void {
    const message: LoaderToFrameMessage = {
      source: 'switchboard',
      type: 'preview:branding',
      branding: latest.current,
    };
    frame.current?.contentWindow?.postMessage(message, window.location.origin);
  }

  useEffect(send, [branding]);

  return (
    <div class="site-editor__preview">
      <h4 class="site-editor__preview-title">Live preview</h4>
      <iframe
        ref={frame}
        class="site-editor__frame"
        title="Widget preview"
        src={`/frame/${encodeURIComponent(siteId)}?preview`}
        onLoad={send}
      />
    </div>
  );
}
