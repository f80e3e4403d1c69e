import { parseDurationMs } from './duration';

/** Turns the raw text of an environment variable into a typed value (or an invalid marker). */
export type EnvParser = (raw: string) => unknown;

const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];

export const asString: EnvParser = (raw) => raw;

export const asLowerCase: EnvParser = (raw) => raw.trim().toLowerCase();

/** Invalid integers become `NaN`, which the integer validators reject. */
export const asInt: EnvParser = (raw) => (/^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN);

export const asNumber: EnvParser = (raw) => (raw.trim() === '' ? NaN : Number(raw));

/** Unknown words stay strings, so the boolean validator can name them. */
export const asFlag: EnvParser = (raw) => {
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) {
    return true;
  }

  return FALSE_WORDS.includes(word) ? false : raw;
};

export const asDurationMs: EnvParser = (raw) => parseDurationMs(raw);

export const asList: EnvParser = (raw) =>
  raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** A port number, or `null` for `off` (the listener is disabled). */
export const asPortOrOff: EnvParser = (raw) =>
  ['off', 'false', 'disabled'].includes(raw.trim().toLowerCase()) ? null : asInt(raw);
