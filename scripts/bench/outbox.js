/**
 * A simulated visitor's outbox, sending as the widget's does (widget/chat/outbox-store.ts): one message in
 * flight at a time, the next only after the previous is acknowledged, so the relay never holds two
 * messages of one visitor at once.
 */

/** @typedef {import('./light-socket.js').LightSocket} LightSocket */

/**
 * Sends the messages added to it in order, one at a time.
 * @param {Pick<LightSocket, 'send'>} visitor
 * @param {string} text What every message says.
 * @param {(ackData: string) => void} onAck Each acknowledgement's body, unparsed.
 */
export function createOutbox(visitor, text, onAck) {
  /** @type {string[]} */
  const queued = [];
  let isSending = false;
  function sendNext() {
    const clientId = queued.shift();
    isSending = clientId !== undefined;
    if (clientId === undefined) return;
    visitor.send('message:send', { clientId, text }, (data) => {
      onAck(data);
      sendNext();
    });
  }
  return {
    /**
     * @param {string} clientId
     * @returns {boolean} Whether the message had to wait.
     */
    add(clientId) {
      queued.push(clientId);
      if (isSending) return true;
      sendNext();
      return false;
    },
  };
}
