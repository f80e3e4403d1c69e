import type { PhysicalDisk } from '@pulse/contracts';

import type { PveDisk, PveSmart } from '../../../upstream';
import { physicalDiskId } from '../shared/ids';
import { bytes, isoFromMs } from '../shared/units';

const WEAR_ATTRIBUTES = [
  'Wear_Leveling_Count',
  'Media_Wearout_Indicator',
  'SSD_Life_Left',
  'Percent_Lifetime_Remain',
];
const TEMPERATURE_ATTRIBUTES = ['Temperature_Celsius', 'Airflow_Temperature_Cel', 'Temperature'];

export interface DiskShapeInput {
  instance: string;
  node: string;
  disk: PveDisk;
  smart?: PveSmart;
  now: number;
}

export function toPhysicalDisk(input: DiskShapeInput): PhysicalDisk {
  const { disk, smart } = input;

  return {
    id: physicalDiskId(input.instance, input.node, disk.devpath),
    node: input.node,
    instance: input.instance,
    devPath: disk.devpath,
    model: disk.model ?? '',
    serial: disk.serial ?? '',
    type: disk.type ?? 'unknown',
    size: bytes(disk.size),
    health: smartHealth(disk.health ?? smart?.health),
    wearout: wearoutOf(disk, smart),
    temperature: smart ? (smartTemperature(smart) ?? 0) : 0,
    rpm: bytes(disk.rpm),
    used: disk.used ?? '',
    lastChecked: isoFromMs(input.now),
  };
}

/** `PASSED`, `FAILED` or `UNKNOWN`; SAS drives say `OK` for a pass. */
export function smartHealth(health: string | undefined): string {
  const value = (health ?? '').trim().toUpperCase();
  if (value === 'PASSED' || value === 'OK') return 'PASSED';
  if (!value || value === 'UNKNOWN') return 'UNKNOWN';

  return value.includes('FAIL') ? 'FAILED' : value;
}

/** Percent of life left (100 = new), −1 when neither the list nor SMART tells. */
export function wearoutOf(disk: PveDisk, smart?: PveSmart): number {
  const value = disk.wearout ?? (smart ? smartWearout(smart) : undefined);

  return value === undefined ? -1 : Math.min(100, Math.max(0, Math.round(value)));
}

function smartWearout(smart: PveSmart): number | undefined {
  const used = /Percentage Used:\s*(\d+)%/i.exec(smart.text ?? '');
  if (used) {
    return 100 - Number(used[1]);
  }
  const attribute = smart.attributes.find((attr) => WEAR_ATTRIBUTES.includes(attr.name));

  return attribute?.value;
}

/** Degrees Celsius from an NVMe text report or an ATA temperature attribute. */
function smartTemperature(smart: PveSmart): number | undefined {
  const text = /Temperature:\s*(\d+)\s*Celsius/i.exec(smart.text ?? '');
  if (text) {
    return Number(text[1]);
  }
  const attribute = smart.attributes.find((attr) => TEMPERATURE_ATTRIBUTES.includes(attr.name));
  const raw = /^\s*(\d+)/.exec(attribute?.raw ?? '');

  return raw ? Number(raw[1]) : undefined;
}
