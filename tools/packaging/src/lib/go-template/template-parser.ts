import { ActionToken, tokenizeAction } from './action-tokens';
import { lexTemplate } from './template-lexer';

export type Operand = Exclude<ActionToken, { kind: 'pipe' } | { kind: 'identifier' }>;

export interface Command {
  /** Function to call; without one the command is a single value. */
  func?: string;
  args: Operand[];
}

export interface Pipeline {
  commands: Command[];
  /** Where the action is written, for error messages: `file:line`. */
  origin: string;
}

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'output'; pipeline: Pipeline }
  | { kind: 'if' | 'with'; pipeline: Pipeline; then: TemplateNode[]; otherwise: TemplateNode[] };

export interface ParsedTemplate {
  name: string;
  body: TemplateNode[];
  defines: Map<string, TemplateNode[]>;
}

interface Frame {
  kind: 'root' | 'define' | 'if' | 'with';
  target: TemplateNode[];
  node?: Extract<TemplateNode, { kind: 'if' | 'with' }>;
  defineName?: string;
  inElse?: boolean;
  /** Opened by `else if`: the `end` that closes it also closes the enclosing block. */
  chained?: boolean;
}

const UNSUPPORTED = new Set(['range', 'template', 'block', 'break', 'continue']);

/** Parses the subset of Go templates that our Helm chart uses; the rest is rejected loudly. */
export function parseTemplate(name: string, source: string): ParsedTemplate {
  const body: TemplateNode[] = [];
  const defines = new Map<string, TemplateNode[]>();
  const stack: Frame[] = [{ kind: 'root', target: body }];

  for (const token of lexTemplate(source)) {
    const frame = stack[stack.length - 1];
    if (token.kind === 'text') {
      frame.target.push({ kind: 'text', text: token.text });
    } else {
      const origin = `${name}:${token.line}`;
      withOrigin(origin, () => handleAction(token.source, origin, stack, defines));
    }
  }
  if (stack.length > 1) {
    throw new Error(`${name}: unclosed "${stack[stack.length - 1].kind}"`);
  }

  return { name, body, defines };
}

function handleAction(
  source: string,
  origin: string,
  stack: Frame[],
  defines: Map<string, TemplateNode[]>,
): void {
  if (source.startsWith('/*')) {
    if (!source.endsWith('*/')) {
      throw new Error('unclosed comment');
    }
    return;
  }

  const tokens = tokenizeAction(source);
  const first = tokens[0];
  const keyword = first?.kind === 'identifier' ? first.name : undefined;
  const frame = stack[stack.length - 1];
  switch (keyword) {
    case 'if':
    case 'with':
      return openBlock(keyword, parsePipeline(tokens.slice(1), origin), stack);
    case 'else':
      return openElse(frame, tokens.slice(1), origin, stack);
    case 'end':
      return closeBlock(stack, defines);
    case 'define':
      return openDefine(tokens, stack);
  }
  if (keyword && UNSUPPORTED.has(keyword)) {
    throw new Error(`"${keyword}" is not supported`);
  }

  frame.target.push({ kind: 'output', pipeline: parsePipeline(tokens, origin) });
}

function openBlock(kind: 'if' | 'with', pipeline: Pipeline, stack: Frame[], chained = false): void {
  const node: Frame['node'] & object = { kind, pipeline, then: [], otherwise: [] };
  stack[stack.length - 1].target.push(node);
  stack.push({ kind, node, target: node.then, chained });
}

function openElse(frame: Frame, rest: ActionToken[], origin: string, stack: Frame[]): void {
  const chainsIf = rest[0]?.kind === 'identifier' && rest[0].name === 'if';
  if (rest.length > 0 && !chainsIf) {
    throw new Error('only "else" and "else if" are supported');
  }
  if (!frame.node || frame.inElse) {
    throw new Error('"else" without a matching "if" or "with"');
  }

  frame.inElse = true;
  frame.target = frame.node.otherwise;
  if (chainsIf) {
    openBlock('if', parsePipeline(rest.slice(1), origin), stack, true);
  }
}

function closeBlock(stack: Frame[], defines: Map<string, TemplateNode[]>): void {
  let frame = stack.pop();
  while (frame?.chained) {
    frame = stack.pop();
  }
  if (!frame || frame.kind === 'root') {
    throw new Error('"end" without a block to close');
  }
  if (frame.kind === 'define' && frame.defineName) {
    defines.set(frame.defineName, frame.target);
  }
}

function openDefine(tokens: ActionToken[], stack: Frame[]): void {
  const name = tokens[1];
  if (tokens.length !== 2 || name.kind !== 'literal' || typeof name.value !== 'string') {
    throw new Error('"define" needs exactly one quoted name');
  }
  if (stack.length !== 1) {
    throw new Error('"define" is only allowed at the top level');
  }
  stack.push({ kind: 'define', defineName: name.value, target: [] });
}

function parsePipeline(tokens: ActionToken[], origin: string): Pipeline {
  const segments: ActionToken[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'pipe') {
      segments.push([]);
    } else {
      segments[segments.length - 1].push(token);
    }
  }

  return { origin, commands: segments.map((segment, index) => parseCommand(segment, index)) };
}

function parseCommand(tokens: ActionToken[], index: number): Command {
  const [first, ...rest] = tokens;
  if (!first) {
    throw new Error('empty command in a pipeline');
  }
  if (first.kind === 'identifier') {
    return { func: first.name, args: rest.map(toOperand) };
  }
  if (index > 0 || rest.length > 0) {
    throw new Error('a value must stand alone at the start of a pipeline');
  }

  return { args: [toOperand(first)] };
}

function toOperand(token: ActionToken): Operand {
  if (token.kind === 'identifier' || token.kind === 'pipe') {
    const what = token.kind === 'pipe' ? '|' : token.name;
    throw new Error(`"${what}" cannot be an argument (parentheses are not supported)`);
  }

  return token;
}

export function withOrigin<T>(origin: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${origin}: ${message}`);
  }
}
