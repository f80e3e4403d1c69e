import { hashUnit } from '../../core/prng';
import { parameterError } from '../../http/api-error';
import { Guest, PveNode } from '../model/pve.types';

const STEPS: Record<string, number> = {
  hour: 60,
  day: 1800,
  week: 10800,
  month: 43200,
  year: 604800,
};
const POINTS = 70;

/** PVE declares only `timeframe` and `cf`, so anything else (e.g. `ds`) is rejected with 400. */
export function rrdStep(query: URLSearchParams, extraAllowed: string[] = []): number {
  const errors: Record<string, string> = {};
  for (const key of query.keys()) {
    if (!['timeframe', 'cf', ...extraAllowed].includes(key)) {
      errors[key] =
        'property is not defined in schema and the schema does not allow additional properties';
    }
  }
  const timeframe = query.get('timeframe');
  if (!timeframe) errors['timeframe'] = 'property is missing and it is not optional';
  else if (!(timeframe in STEPS))
    errors['timeframe'] =
      `value '${timeframe}' does not have a value in the enumeration '${Object.keys(STEPS)}'`;
  const cf = query.get('cf');
  if (cf && cf !== 'AVERAGE' && cf !== 'MAX')
    errors['cf'] = `value '${cf}' does not have a value in the enumeration 'AVERAGE, MAX'`;
  if (Object.keys(errors).length > 0) throw parameterError(errors);

  return STEPS[timeframe as string];
}

/** Time axis ending with the current (still incomplete) step, which carries only `time`. */
function times(now: number, step: number): number[] {
  const last = Math.floor(now / step) * step;

  return Array.from({ length: POINTS }, (_, i) => last - (POINTS - 1 - i) * step);
}

function wave(seed: number, time: number, step: number): number {
  return 0.7 + 0.6 * hashUnit(seed, Math.floor(time / step));
}

export function nodeRrd(node: PveNode, now: number, step: number) {
  const withAvailable = parseInt(node.pveVersion, 10) >= 9;
  const axis = times(now, step);

  return axis.map((time, i) => {
    if (i === axis.length - 1) return { time };
    const w = wave(node.nodeid, time, step);
    const memused = Math.min(node.maxmem, node.memUsed * w);

    return {
      time,
      cpu: Math.min(1, node.cpu * w),
      maxcpu: node.maxcpu,
      iowait: node.iowait * w,
      loadavg: node.load[1] * w,
      memtotal: node.maxmem,
      memused,
      ...(withAvailable ? { memavailable: node.maxmem - memused } : {}),
      swaptotal: node.swapTotal,
      swapused: node.swapUsed,
      roottotal: node.rootTotal,
      rootused: node.rootUsed,
      netin: 2_500_000 * w,
      netout: 1_800_000 * w,
    };
  });
}

export function guestRrd(guest: Guest, now: number, step: number) {
  const axis = times(now, step);
  const running = guest.status === 'running';

  return axis.map((time, i) => {
    if (i === axis.length - 1) return { time };
    const w = running ? wave(guest.vmid, time, step) : 0;

    return {
      time,
      cpu: Math.min(1, guest.cpu * w),
      maxcpu: guest.maxcpu,
      mem: guest.mem * w,
      maxmem: guest.maxmem,
      disk: guest.type === 'lxc' ? guest.diskUsed : 0,
      maxdisk: guest.maxdisk,
      netin: guest.rates.netin * w,
      netout: guest.rates.netout * w,
      diskread: guest.rates.diskread * w,
      diskwrite: guest.rates.diskwrite * w,
    };
  });
}
