export interface UpidParts {
  node: string;
  pid: number;
  pstart: number;
  starttime: number;
  type: string;
  id: string;
  user: string;
}

/** Proxmox task id: `UPID:node:PID:PSTART:STARTTIME:TYPE:ID:USER:` with hex numbers. */
export function formatUpid(parts: UpidParts): string {
  const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

  return [
    'UPID',
    parts.node,
    hex(parts.pid, 8),
    hex(parts.pstart, 8),
    hex(parts.starttime, 8),
    parts.type,
    parts.id,
    parts.user,
    '',
  ].join(':');
}

/** PBS adds a task counter after PSTART and escapes `:` inside the worker id. */
export function formatPbsUpid(parts: UpidParts & { taskId: number }): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(8, '0');
  const id = parts.id.replace(/:/g, '\\x3a');

  return `UPID:${parts.node}:${hex(parts.pid)}:${hex(parts.pstart)}:${hex(parts.taskId)}:${hex(
    parts.starttime,
  )}:${parts.type}:${id}:${parts.user}:`;
}
