/** How a figure is counted, written next to it. */
export function Definition({ text }: { text: string }) {
  return (
    <p class="definition">
      <span class="definition__label">How it is counted: </span>
      {text}
    </p>
  );
}
