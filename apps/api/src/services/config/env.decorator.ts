import 'reflect-metadata';

import { EnvParser } from './env-parsers';

const ENV_BINDINGS = Symbol('pulse:env-bindings');

export interface EnvBinding {
  property: string;
  /** Variable names in order of preference (for example `FRONTEND_PORT`, then legacy `PORT`). */
  names: string[];
  parse: EnvParser;
  /** Secrets are never echoed in error messages. */
  secret: boolean;
}

export interface EnvOptions {
  secret?: boolean;
}

/** Binds a settings property to one or more environment variables. */
export function Env(
  names: string | string[],
  parse: EnvParser,
  options: EnvOptions = {},
): PropertyDecorator {
  return (target, property) => {
    const binding: EnvBinding = {
      property: String(property),
      names: Array.isArray(names) ? names : [names],
      parse,
      secret: options.secret ?? false,
    };
    const existing: EnvBinding[] = Reflect.getMetadata(ENV_BINDINGS, target) ?? [];
    Reflect.defineMetadata(ENV_BINDINGS, [...existing, binding], target);
  };
}

export function envBindings(type: abstract new () => object): EnvBinding[] {
  return Reflect.getMetadata(ENV_BINDINGS, type.prototype) ?? [];
}
