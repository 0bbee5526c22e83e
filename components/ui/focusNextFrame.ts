/**
 * Gives the focus to what `target` returns on the next frame, not in the effect that asks: a focus
 * makes the browser compute styles and layout at once, while the frame lays the page out anyway
 * (issue 16: no layout forced in an effect, docs/decisions/0136). For `useEffect`: returns the
 * cancellation, so that a view gone before the frame takes nothing.
 */
export function focusNextFrame(target: () => HTMLElement | null | undefined, focus: (element: HTMLElement) => void = (element) => element.focus()): () => void {
  const frame = requestAnimationFrame(() => {
    const element = target();
    if (element?.isConnected) focus(element);
  });
  return () => cancelAnimationFrame(frame);
}
