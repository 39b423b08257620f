/** The few DOM helpers the playground needs: elements are made with text, never with HTML strings. */

/** Attributes of an element made by {@link h}; `on…` names take a listener, false and null leave it out. */
export type Attributes = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/** What {@link h} appends: nodes and strings (as text); null, undefined and false are skipped. */
export type Child = Node | string | null | undefined | false;

/**
 * Makes an element with attributes, listeners and children.
 *
 * @example
 * h('button', { class: 'node', onclick: () => select(node) }, 'paragraph')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** The element with this id; throws when the page lacks it (a build that lost index.html's markup). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

/** `text` cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
