import { parseFrom, parseKeyValues, substituteVariables } from './dockerfile-words';

export interface DockerInstruction {
  /** Upper-case keyword, for example `RUN`. */
  keyword: string;
  /** Everything after the keyword; continuation lines are joined with a single space. */
  args: string;
  /** 1-based line on which the instruction starts. */
  line: number;
}

export interface DockerStage {
  index: number;
  name?: string;
  /** Image of the `FROM` line with the global `ARG` defaults substituted. */
  baseImage: string;
  /** Instructions after the stage's `FROM`. */
  instructions: DockerInstruction[];
}

export interface Dockerfile {
  directives: Record<string, string>;
  /** `ARG` defaults declared before the first `FROM`. */
  globalArgs: Record<string, string>;
  stages: DockerStage[];
}

const DIRECTIVE = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/;
const COMMENT = /^\s*#/;

export function parseDockerfile(text: string): Dockerfile {
  const lines = text.split(/\r?\n/);
  const { directives, firstLine } = readDirectives(lines);
  const escape = directives['escape'] ?? '\\';
  const instructions = joinContinuations(lines, firstLine, escape);

  return buildStages(directives, instructions);
}

function readDirectives(lines: string[]): {
  directives: Record<string, string>;
  firstLine: number;
} {
  const directives: Record<string, string> = {};
  let index = 0;
  for (; index < lines.length; index++) {
    const match = DIRECTIVE.exec(lines[index]);
    if (!match) {
      break;
    }
    directives[match[1].toLowerCase()] = match[2];
  }

  return { directives, firstLine: index };
}

function joinContinuations(lines: string[], start: number, escape: string): DockerInstruction[] {
  const instructions: DockerInstruction[] = [];
  let pending: { parts: string[]; line: number } | undefined;

  for (let index = start; index < lines.length; index++) {
    const raw = lines[index];
    if (COMMENT.test(raw) || raw.trim() === '') {
      continue;
    }

    const trimmed = raw.trimEnd();
    const continues = trimmed.endsWith(escape);
    const part = (continues ? trimmed.slice(0, -escape.length) : trimmed).trim();
    pending ??= { parts: [], line: index + 1 };
    if (part !== '') {
      pending.parts.push(part);
    }

    if (!continues) {
      instructions.push(toInstruction(pending.parts.join(' '), pending.line));
      pending = undefined;
    }
  }
  if (pending) {
    throw new Error(`line ${pending.line}: the file ends inside a continued instruction`);
  }

  return instructions;
}

function toInstruction(text: string, line: number): DockerInstruction {
  const match = /^(\S+)\s*(.*)$/.exec(text);
  if (!match) {
    throw new Error(`line ${line}: empty instruction`);
  }

  const keyword = match[1].toUpperCase();
  const args = match[2];
  if (/^<<-?["']?\w+/.test(args.replace(/^(--\S+\s+)*/, ''))) {
    throw new Error(`line ${line}: heredocs are not supported by this parser`);
  }

  return { keyword, args, line };
}

function buildStages(
  directives: Record<string, string>,
  instructions: DockerInstruction[],
): Dockerfile {
  const globalArgs: Record<string, string> = {};
  const stages: DockerStage[] = [];

  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      stages.push(startStage(instruction, stages.length, globalArgs));
    } else if (stages.length > 0) {
      stages[stages.length - 1].instructions.push(instruction);
    } else if (instruction.keyword === 'ARG') {
      Object.assign(globalArgs, parseKeyValues(instruction.args, { allowBareKeys: true }));
    } else {
      throw new Error(`line ${instruction.line}: only ARG may come before the first FROM`);
    }
  }
  if (stages.length === 0) {
    throw new Error('the Dockerfile has no FROM instruction');
  }

  return { directives, globalArgs, stages };
}

function startStage(
  instruction: DockerInstruction,
  index: number,
  globalArgs: Record<string, string>,
): DockerStage {
  const from = parseFrom(instruction.args);
  const baseImage = substituteVariables(from.image, globalArgs);

  return { index, name: from.name, baseImage, instructions: [] };
}
