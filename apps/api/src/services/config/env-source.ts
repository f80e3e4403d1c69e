import { parse } from 'dotenv';
import { existsSync, readFileSync } from 'node:fs';

export interface EnvValue {
  name: string;
  raw: string;
  /** Where the value came from, for error messages. */
  origin: 'environment' | string;
}

/** Variables from the process environment, falling back to the data directory's `.env` file. */
export class EnvSource {
  private constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly file: Record<string, string>,
    readonly filePath: string | undefined,
  ) {}

  static read(env: NodeJS.ProcessEnv, envFilePath: string): EnvSource {
    if (!existsSync(envFilePath)) {
      return new EnvSource(env, {}, undefined);
    }

    return new EnvSource(env, parse(readFileSync(envFilePath)), envFilePath);
  }

  /** The first of `names` that is set, the environment winning over the file for each name. */
  find(names: string[]): EnvValue | undefined {
    for (const name of names) {
      const value = this.lookup(name);
      if (value) {
        return value;
      }
    }

    return undefined;
  }

  private lookup(name: string): EnvValue | undefined {
    const fromEnv = this.env[name];
    if (fromEnv !== undefined && fromEnv !== '') {
      return { name, raw: fromEnv, origin: 'environment' };
    }
    const fromFile = this.file[name];
    if (fromFile !== undefined && fromFile !== '') {
      return { name, raw: fromFile, origin: this.filePath ?? 'file' };
    }

    return undefined;
  }
}
