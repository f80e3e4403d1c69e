/** Injection token of the `CollectorFactory` that builds one collector per instance. */
export const COLLECTOR_FACTORY = Symbol('COLLECTOR_FACTORY');
