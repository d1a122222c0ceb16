import type { Page } from "@playwright/test";

/**
 * WCAG 2.1 SC 1.4.10 (Reflow, AA), which axe does not check: at a phone's width the page itself must
 * not scroll sideways; only a region meant to (a wide table, the heat map) may. Returns the page's
 * overflow in CSS pixels and the outermost elements that stick out of the viewport while not inside
 * such a scrolling region, as short selectors to start looking from.
 */
export async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    const scrolls = (el: Element) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.trim().split(/\s+/).slice(0, 4).join(".")}` : ""}`;
    const culprits: string[] = [];
    const walk = (el: Element) => {
      if (el !== document.documentElement && el !== document.body && scrolls(el)) return;
      const box = el.getBoundingClientRect();
      if (box.right > width + 0.5 && box.width > 0) {
        const childOut = [...el.children].some((c) => c.getBoundingClientRect().right > width + 0.5);
        if (!childOut) {
          culprits.push(`${describe(el)} (right edge ${Math.round(box.right)} px)`);
          return;
        }
      }
      for (const child of el.children) walk(child);
    };
    walk(document.body);
    return { overflow, culprits: culprits.slice(0, 8) };
  });
}
