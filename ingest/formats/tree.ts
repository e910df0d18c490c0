// A small element tree that the markup readers (AKN through saxes, HTML through htmlparser2)
// build from their parser's events: a resolution is tens of kilobytes, so holding it is cheap,
// and one shape lets both readers share the walking helpers.

export interface Node {
  /** Local name, without a namespace prefix, lower-case for HTML. */
  name: string;
  attributes: Record<string, string>;
  children: (Node | string)[];
}

/** Collects parser events into a tree. */
export class TreeBuilder {
  readonly root: Node = { name: '#document', attributes: {}, children: [] };
  private readonly stack: Node[] = [this.root];

  open(name: string, attributes: Record<string, string>): void {
    const node: Node = { name: name.replace(/^[\w-]+:/, ''), attributes, children: [] };
    this.stack[this.stack.length - 1]!.children.push(node);
    this.stack.push(node);
  }

  close(): void {
    if (this.stack.length > 1) this.stack.pop();
  }

  text(text: string): void {
    this.stack[this.stack.length - 1]!.children.push(text);
  }
}

export const elements = (node: Node): Node[] => node.children.filter((c): c is Node => typeof c !== 'string');
export const child = (node: Node, name: string): Node | undefined => elements(node).find((c) => c.name === name);

/** The elements named `name` below `node`, in document order (a plain walk: nested generators cost a tenth of reading an AKN file). */
export function descendants(node: Node, name: string): Node[] {
  const found: Node[] = [];
  const visit = (n: Node) => {
    for (const c of n.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) found.push(c);
      visit(c);
    }
  };
  visit(node);
  return found;
}

/** The text of a node, leaving out the elements `skip` says to. */
export function textOf(node: Node, skip: (n: Node) => boolean = () => false): string {
  let out = '';
  for (const c of node.children) {
    if (typeof c === 'string') out += c;
    else if (!skip(c)) out += textOf(c, skip);
  }
  return out;
}
