import { posix } from 'node:path';

import { Dockerfile, DockerInstruction, DockerStage } from './dockerfile-parser';
import { parseCommand, parseKeyValues, splitFlags, splitWords } from './dockerfile-words';

export interface CopyStep {
  /** Stage name or index of `--from`; absent when copying from the build context. */
  from?: string;
  sources: string[];
  /** Absolute destination, resolved against the WORKDIR in effect. */
  destination: string;
  line: number;
}

export interface HealthCheck {
  options: Record<string, string>;
  /** The exec-form command after `CMD`; absent for `NONE` or the shell form. */
  command?: string[];
}

export function finalStage(file: Dockerfile): DockerStage {
  return file.stages[file.stages.length - 1];
}

export function instructionsOf(stage: DockerStage, keyword: string): DockerInstruction[] {
  return stage.instructions.filter((instruction) => instruction.keyword === keyword);
}

/** Shell text of every RUN in the stage. */
export function runCommands(stage: DockerStage): string[] {
  return instructionsOf(stage, 'RUN').map((run) => {
    const command = parseCommand(splitFlags(run.args).rest);

    return 'exec' in command ? command.exec.join(' ') : command.shell;
  });
}

/** Environment at the end of the stage (ENV only; the base image's own ENV is unknown here). */
export function envOf(stage: DockerStage): Record<string, string> {
  return Object.assign({}, ...instructionsOf(stage, 'ENV').map((env) => parseKeyValues(env.args)));
}

export function copiesOf(stage: DockerStage): CopyStep[] {
  let workdir = '/';
  const copies: CopyStep[] = [];
  for (const instruction of stage.instructions) {
    if (instruction.keyword === 'WORKDIR') {
      workdir = posix.resolve(workdir, instruction.args.trim());
    } else if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
      copies.push(toCopyStep(instruction, workdir));
    }
  }

  return copies;
}

export function healthcheckOf(stage: DockerStage): HealthCheck | undefined {
  const last = instructionsOf(stage, 'HEALTHCHECK').at(-1);
  if (!last) {
    return undefined;
  }

  const { flags, rest } = splitFlags(last.args);
  const match = /^CMD\s+(.*)$/i.exec(rest);
  const command = match ? parseCommand(match[1]) : undefined;

  return { options: flags, command: command && 'exec' in command ? command.exec : undefined };
}

/** WORKDIR in effect at the end of the stage. */
export function workdirOf(stage: DockerStage): string {
  return instructionsOf(stage, 'WORKDIR').reduce(
    (workdir, instruction) => posix.resolve(workdir, instruction.args.trim()),
    '/',
  );
}

function toCopyStep(instruction: DockerInstruction, workdir: string): CopyStep {
  const { flags, rest } = splitFlags(instruction.args);
  const parsed = parseCommand(rest);
  const words = 'exec' in parsed ? parsed.exec : splitWords(parsed.shell);
  if (words.length < 2) {
    throw new Error(`line ${instruction.line}: COPY needs a source and a destination`);
  }

  return {
    from: flags['from'],
    sources: words.slice(0, -1),
    destination: posix.resolve(workdir, words[words.length - 1]),
    line: instruction.line,
  };
}
