import type { AttentionPorts, NotificationPermission } from '../chat/ports.js';

/** How the tone sounds: a short, soft two-note chime. */
const TONE_HZ = [880, 660] as const;
const NOTE_S = 0.12;
const VOLUME = 0.15;

function permission(): NotificationPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/**
 * The browser's attention APIs: page visibility, desktop notifications, and a tone made with WebAudio (no
 * audio file to download). The audio context is made on the first tone; browsers let it sound only once the
 * page had a user gesture, which an agent at work has given.
 */
export function createBrowserAttention(): AttentionPorts {
  let audio: AudioContext | null = null;

  function playTone(): void {
    if (typeof AudioContext === 'undefined') return;
    audio ??= new AudioContext();
    const start = audio.currentTime;
    TONE_HZ.forEach((hz, index) => {
      if (audio === null) return;
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      const at = start + index * NOTE_S;
      oscillator.frequency.value = hz;
      gain.gain.setValueAtTime(VOLUME, at);
      gain.gain.exponentialRampToValueAtTime(0.001, at + NOTE_S);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + NOTE_S);
    });
  }

  return {
    isHidden: () => document.hidden,
    notificationPermission: permission,
    requestNotificationPermission: async () =>
      typeof Notification === 'undefined' ? 'unsupported' : await Notification.requestPermission(),
    notify: ({ title, body, tag }) => {
      const notification = new Notification(title, { body, tag });
      notification.addEventListener('click', () => {
        window.focus();
        notification.close();
      });
    },
    playTone,
  };
}
