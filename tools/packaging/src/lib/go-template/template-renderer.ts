import { TEMPLATE_FUNCTIONS } from './template-functions';
import {
  Operand,
  ParsedTemplate,
  Pipeline,
  TemplateNode,
  parseTemplate,
  withOrigin,
} from './template-parser';
import { isTruthy, printValue, resolveField } from './template-values';

interface Scope {
  dot: unknown;
  root: unknown;
}

/** Renders parsed templates that share their `define` blocks, as Helm does across a chart. */
export class TemplateRenderer {
  private readonly defines = new Map<string, TemplateNode[]>();

  private readonly templates = new Map<string, ParsedTemplate>();

  public add(name: string, source: string): void {
    const parsed = parseTemplate(name, source);
    this.templates.set(name, parsed);
    parsed.defines.forEach((body, defineName) => this.defines.set(defineName, body));
  }

  public render(name: string, data: unknown): string {
    const template = this.templates.get(name);
    if (!template) {
      throw new Error(`no template named "${name}"`);
    }

    return this.renderNodes(template.body, { dot: data, root: data });
  }

  private renderNodes(nodes: TemplateNode[], scope: Scope): string {
    return nodes.map((node) => this.renderNode(node, scope)).join('');
  }

  private renderNode(node: TemplateNode, scope: Scope): string {
    if (node.kind === 'text') {
      return node.text;
    }

    const value = this.evaluate(node.pipeline, scope);
    if (node.kind === 'output') {
      return withOrigin(node.pipeline.origin, () => printValue(value));
    }
    if (!isTruthy(value)) {
      return this.renderNodes(node.otherwise, scope);
    }
    const inner = node.kind === 'with' ? { dot: value, root: scope.root } : scope;

    return this.renderNodes(node.then, inner);
  }

  private evaluate(pipeline: Pipeline, scope: Scope): unknown {
    return withOrigin(pipeline.origin, () =>
      pipeline.commands.reduce<unknown>((piped, command, index) => {
        const args = command.args.map((operand) => this.operand(operand, scope));
        if (!command.func) {
          return args[0];
        }

        return this.call(command.func, index > 0 ? [...args, piped] : args);
      }, undefined),
    );
  }

  private operand(operand: Operand, scope: Scope): unknown {
    if (operand.kind === 'literal') {
      return operand.value;
    }

    return resolveField(operand.base === 'root' ? scope.root : scope.dot, operand.path);
  }

  private call(name: string, args: unknown[]): unknown {
    if (name === 'include') {
      return this.include(args);
    }
    const fn = TEMPLATE_FUNCTIONS[name];
    if (!fn) {
      throw new Error(`function "${name}" is not supported`);
    }

    return fn(...args);
  }

  private include(args: unknown[]): string {
    const [name, data] = args;
    const body = typeof name === 'string' ? this.defines.get(name) : undefined;
    if (!body || args.length !== 2) {
      throw new Error(`include needs a defined template name and one value, got "${name}"`);
    }

    return this.renderNodes(body, { dot: data, root: data });
  }
}
