import { formatUpid } from '../../core/upid';
import { TaskEntry } from './pve.types';

const MAX_TASKS_PER_NODE = 2000;

export interface NewTask {
  node: string;
  type: string;
  id: string;
  user?: string;
  starttime: number;
  /** Omit to leave the task running. */
  endtime?: number;
  status?: string;
  log?: string[];
}

export interface TaskQuery {
  start: number;
  limit: number;
  typefilter?: string;
  vmid?: number;
  userfilter?: string;
  since?: number;
  until?: number;
  errors: boolean;
  source: 'archive' | 'active' | 'all';
}

/** Per-node task history, newest first, bounded like the real task archive index. */
export class TaskLog {
  private readonly byNode = new Map<string, TaskEntry[]>();
  private readonly byUpid = new Map<string, TaskEntry>();
  private nextPid = 100000;

  add(task: NewTask): TaskEntry {
    const pid = this.nextPid++;
    const pstart = (task.starttime * 100) % 0xffffffff;
    const user = task.user ?? 'root@pam';
    const entry: TaskEntry = {
      upid: formatUpid({ ...task, pid, pstart, user }),
      node: task.node,
      pid,
      pstart,
      starttime: task.starttime,
      endtime: task.endtime,
      type: task.type,
      id: task.id,
      user,
      status: task.endtime === undefined ? undefined : (task.status ?? 'OK'),
      log: task.log ?? [],
    };
    this.insert(entry);

    return entry;
  }

  finish(entry: TaskEntry, endtime: number, status = 'OK'): void {
    entry.endtime = endtime;
    entry.status = status;
  }

  get(upid: string): TaskEntry | undefined {
    return this.byUpid.get(upid);
  }

  list(node: string, query: TaskQuery): { total: number; items: TaskEntry[] } {
    const matches = (this.byNode.get(node) ?? []).filter((task) => taskMatches(task, query));

    return { total: matches.length, items: matches.slice(query.start, query.start + query.limit) };
  }

  /** Keeps tasks sorted newest first; initial data arrives in random order. */
  sortAll(): void {
    for (const tasks of this.byNode.values()) tasks.sort((a, b) => b.starttime - a.starttime);
  }

  private insert(entry: TaskEntry): void {
    const tasks = this.byNode.get(entry.node) ?? [];
    this.byNode.set(entry.node, tasks);
    let index = 0;
    while (index < tasks.length && tasks[index].starttime > entry.starttime) index++;
    tasks.splice(index, 0, entry);
    this.byUpid.set(entry.upid, entry);
    while (tasks.length > MAX_TASKS_PER_NODE) {
      const dropped = tasks.pop();
      if (dropped) this.byUpid.delete(dropped.upid);
    }
  }
}

function taskMatches(task: TaskEntry, query: TaskQuery): boolean {
  const running = task.endtime === undefined;
  if (query.source === 'active' && !running) return false;
  if (query.source === 'archive' && running) return false;
  if (query.typefilter && task.type !== query.typefilter) return false;
  if (query.vmid !== undefined && task.id !== String(query.vmid)) return false;
  if (query.userfilter && !task.user.includes(query.userfilter)) return false;
  if (query.since !== undefined && task.starttime < query.since) return false;
  if (query.until !== undefined && task.starttime > query.until) return false;

  return !query.errors || (task.status !== undefined && task.status !== 'OK');
}
