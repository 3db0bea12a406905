import { useEffect, useState } from 'react';

/**
 * False for the first render, true from the frame after it has been painted: for what the first
 * screen does not show (closed dialogs, say), so that it does not hold up the first paint.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
