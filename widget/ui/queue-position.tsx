/**
 * The waiting visitor's place in the queue. The status element stays in the page so a screen reader hears each
 * change; it hears nothing when an update leaves the text as it was, as the text node is not touched then.
 */
export function QueuePosition({ text }: { text: string }) {
  return (
    <p class="live" role="status">
      {text}
    </p>
  );
}
