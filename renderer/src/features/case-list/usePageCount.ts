import { useEffect, useState, type RefObject } from 'react';

/** A4 height less the top and bottom page margins of print.css (16 mm + 18 mm), in CSS px. */
const PRINTABLE_HEIGHT_PX = ((297 - 16 - 18) * 96) / 25.4;

/**
 * How many A4 pages the sheet will take. The sheet is laid out on screen at the printable width,
 * so its height predicts the page count the screen announces; the printed pages number themselves
 * (CSS page counters in print.css).
 */
export function usePageCount(ref: RefObject<HTMLElement | null>): number {
  const [pages, setPages] = useState(1);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setPages(Math.max(1, Math.ceil(el.scrollHeight / PRINTABLE_HEIGHT_PX)));
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return pages;
}
