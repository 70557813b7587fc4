import type { SiteBranding } from '../../protocol/sites.js';

/**
 * The launcher's and panel's styles in the site's colours and corner, scoped by the shadow root: the host
 * page's CSS cannot reach them, and none of them leaks out. Kept as a string so the loader is one file. The
 * colours are `#rrggbb`, checked when the configuration is read, so nothing else reaches the sheet.
 */
export function launcherCss({
  accentColor: brand,
  accentTextColor: onBrand,
  launcherPosition,
}: SiteBranding) {
  const side = launcherPosition === 'bottom-left' ? 'left' : 'right';
  return `.l{position:fixed;${side}:20px;bottom:20px;z-index:2147483647;display:grid;place-items:center;width:56px;height:56px;margin:0;padding:0;border:0;border-radius:50%;background:${brand};color:${onBrand};cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}
.l:focus-visible{outline:3px solid ${brand};outline-offset:3px;box-shadow:0 0 0 3px #fff}
.l[aria-expanded=true] .c,.l[aria-expanded=false] .x{display:none}
.b{position:absolute;top:-4px;right:-4px;box-sizing:border-box;min-width:22px;height:22px;padding:0 6px;border:2px solid #fff;border-radius:11px;background:#b91c1c;color:#fff;font:700 11px/18px system-ui,sans-serif}
.b:empty{display:none}
.p{position:fixed;${side}:20px;bottom:88px;z-index:2147483647;width:380px;max-width:calc(100vw - 40px);height:600px;max-height:calc(100dvh - 108px);overflow:hidden;border-radius:16px;background:#fff;box-shadow:0 12px 40px rgba(0,0,0,.25);visibility:hidden;opacity:0;transform:translateY(12px);transition:opacity .2s,transform .2s,visibility 0s .2s}
.p.o{visibility:visible;opacity:1;transform:none;transition-delay:0s}
.p iframe{display:block;width:100%;height:100%;border:0}
@media (max-width:479px){.p{inset:0;width:100vw;max-width:none;height:100dvh;max-height:none;border-radius:0}}
@media (prefers-reduced-motion:reduce){.p{transition:none}}`;
}

/** The launcher's markup: a chat icon while closed, a cross while open, and the unread badge. */
export const LAUNCHER_HTML = `<button class="l" aria-expanded="false" aria-controls="p"><svg class="c" width="28" height="28" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg><svg class="x" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/></svg><span class="b" aria-hidden="true"></span></button><div class="p" id="p"></div>`;
