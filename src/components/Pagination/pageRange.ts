// Which page numbers Pagination shows, in both renderers.

/** The page numbers to show: the first, the last, the current one and its neighbours, `0` for each gap. */
export function pageRange(current: number, count: number): number[] {
  const shown = [1, current - 1, current, current + 1, count].filter((page, index, all) => page >= 1 && page <= count && all.indexOf(page) === index);
  const pages: number[] = [];
  for (const page of shown) {
    const last = pages.at(-1) ?? 0;
    // A gap of one page shows that page instead: "…" would take as much room.
    if (page - last === 2) pages.push(last + 1);
    else if (page - last > 2) pages.push(0);
    pages.push(page);
  }
  return pages;
}
