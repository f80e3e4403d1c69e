import { formatDuration } from './duration';
import { ConfigSections } from './pulse-config';

/** Checks that involve more than one variable; returns a message per broken rule. */
export function checkSettingRelations(sections: ConfigSections): string[] {
  const { polling } = sections;
  const min = polling.adaptivePollingMinIntervalMs;
  const base = polling.adaptivePollingBaseIntervalMs;
  const max = polling.adaptivePollingMaxIntervalMs;
  if (min <= base && base <= max) {
    return [];
  }

  return [
    'ADAPTIVE_POLLING_MIN_INTERVAL <= ADAPTIVE_POLLING_BASE_INTERVAL <= ' +
      `ADAPTIVE_POLLING_MAX_INTERVAL must hold, got ${formatDuration(min)}, ` +
      `${formatDuration(base)} and ${formatDuration(max)}`,
  ];
}
