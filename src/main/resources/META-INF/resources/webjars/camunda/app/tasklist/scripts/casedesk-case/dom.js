// What the Case tab's modules share to build their parts of the page. Plain ES module, no build step.

/** Adds the stylesheet at {@code href} (relative to the calling module's {@code import.meta.url}) to the page. */
export function addStylesheet(href, base) {
  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = new URL(href, base).href;
  document.head.append(stylesheet);
}

/** An element with attributes and children (nodes or text); null and undefined children are left out. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  element.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== false));
  return element;
}
