type Values = Record<string, unknown>;

/** Helm's merge of user values over chart defaults: maps merge deeply, null removes a key. */
export function mergeValues(defaults: Values, overrides: Values): Values {
  const merged: Values = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) {
      delete merged[key];
    } else if (isMap(value) && isMap(merged[key])) {
      merged[key] = mergeValues(merged[key] as Values, value);
    } else {
      merged[key] = value;
    }
  }

  return merged;
}

function isMap(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
