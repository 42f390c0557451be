// How long an element's text is once its white space is collapsed and its ends trimmed (as
// `collapseSpaces(text).trim()` has it), how many commas it holds and how much of it sits in
// links: each node of the tree read once, bottom up, and remembered. The HTML container search
// asks this of every paragraph, div and candidate container; reading each one's text anew read
// its whole subtree each time, and on a page of tags never closed (`<em>` after `<em>`, each
// holding the rest of the page) that was the page's size times its depth (3,000 such tags in a
// page of 120 KB: 8 s).
import type { AnyNode, Element } from 'domhandler';
import { isOtherSpace } from '../decode/normalize.js';

/** A text's shape, enough to join it to the next: its non-space characters, the runs of space between them, and whether it starts or ends in space. */
interface Shape {
  empty: boolean;
  /** Commas (`,` and the full-width `，`), which white space does not change. */
  commas: number;
  nonSpace: number;
  innerRuns: number;
  startsWithSpace: boolean;
  endsWithSpace: boolean;
}

interface Sizes extends Shape {
  /** The text of the `a` elements in this node's subtree (itself included), each as `textLength` gives it. */
  linked: number;
}

export interface TextSize {
  length: number;
  commas: number;
}

const EMPTY: Shape = { empty: true, commas: 0, nonSpace: 0, innerRuns: 0, startsWithSpace: false, endsWithSpace: false };

/** White space as `\s` and `trim` have it. */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && isOtherSpace(c));

function shapeOfText(text: string): Shape {
  if (text.length === 0) return EMPTY;
  let nonSpace = 0;
  let innerRuns = 0;
  let commas = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      inSpace = true;
      continue;
    }
    if (c === 0x2c || c === 0xff0c) commas++;
    if (inSpace && nonSpace > 0) innerRuns++;
    inSpace = false;
    nonSpace++;
  }
  return { empty: false, commas, nonSpace, innerRuns, startsWithSpace: isSpace(text.charCodeAt(0)), endsWithSpace: inSpace };
}

const SPACE = shapeOfText(' ');

/** The shape of two texts one after the other. */
function joined(a: Shape, b: Shape): Shape {
  if (a.empty) return b;
  if (b.empty) return a;
  if (a.nonSpace === 0) return { ...b, startsWithSpace: true, endsWithSpace: b.nonSpace === 0 || b.endsWithSpace };
  if (b.nonSpace === 0) return { ...a, endsWithSpace: true };
  return {
    empty: false,
    commas: a.commas + b.commas,
    nonSpace: a.nonSpace + b.nonSpace,
    innerRuns: a.innerRuns + b.innerRuns + (a.endsWithSpace || b.startsWithSpace ? 1 : 0),
    startsWithSpace: a.startsWithSpace,
    endsWithSpace: b.endsWithSpace,
  };
}

const lengthOf = (shape: Shape): number => (shape.nonSpace === 0 ? 0 : shape.nonSpace + shape.innerRuns);

const childrenOf = (node: AnyNode): readonly AnyNode[] | null => {
  const children = (node as { children?: AnyNode[] }).children;
  return Array.isArray(children) ? children : null;
};

/** Elements as the page's element walks visit them (html.ts `forEachElement`): tags, scripts and styles, not what a CDATA section holds. */
export const isElement = (node: AnyNode): boolean => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** The sizes of a tree that does not change while it is asked (one per reading of the page). */
export class TextSizes {
  private readonly sizes = new WeakMap<AnyNode, Sizes>();

  /** `collapseSpaces(textContent(node)).trim().length`: text nodes' data, in order, under every node that has children. */
  textLength(node: AnyNode): number {
    return lengthOf(this.of(node));
  }

  /** The length of that text and its commas. */
  textSize(node: AnyNode): TextSize {
    const shape = this.of(node);
    return { length: lengthOf(shape), commas: shape.commas };
  }

  /**
   * The same of an element's own text: its text children, and the elements `inline` takes, each
   * after a space (the text an element holds outside its blocks).
   */
  ownTextSize(el: Element, inline: (child: Element) => boolean): TextSize {
    let shape: Shape = EMPTY;
    for (const child of el.children) {
      if (child.type === 'text') shape = joined(shape, this.of(child));
      else if (child.type === 'tag' && inline(child as Element)) shape = joined(joined(shape, SPACE), this.of(child));
    }
    return { length: lengthOf(shape), commas: shape.commas };
  }

  /** The text lengths of the `a` elements under `el` (itself aside), nested ones each counted too. */
  linkedLength(el: Element): number {
    let linked = 0;
    for (const child of el.children) if (isElement(child)) linked += this.of(child).linked;
    return linked;
  }

  private of(root: AnyNode): Sizes {
    const known = this.sizes.get(root);
    if (known) return known;
    // Post-order with a stack: a node's children are sized before it (no recursion on deep pages).
    const stack: [AnyNode, boolean][] = [[root, false]];
    while (stack.length > 0) {
      const [node, childrenDone] = stack.pop()!;
      if (this.sizes.has(node)) continue;
      const children = childrenOf(node);
      if (children && !childrenDone) {
        stack.push([node, true]);
        for (let i = children.length - 1; i >= 0; i--) if (!this.sizes.has(children[i]!)) stack.push([children[i]!, false]);
        continue;
      }
      let shape: Shape = EMPTY;
      let linked = 0;
      if (children) {
        for (const child of children) {
          const sized = this.sizes.get(child)!;
          shape = joined(shape, sized);
          if (isElement(child)) linked += sized.linked;
        }
      } else if (node.type === 'text') {
        shape = shapeOfText((node as unknown as { data: string }).data);
      }
      if (isElement(node) && (node as Element).name === 'a') linked += lengthOf(shape);
      this.sizes.set(node, { ...shape, linked });
    }
    return this.sizes.get(root)!;
  }
}
