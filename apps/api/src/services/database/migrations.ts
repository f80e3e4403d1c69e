import { CreateSettings1796327821984 } from './migrations/1796327821984-CreateSettings';

/** Every migration in order; add new ones at the end. */
export const MIGRATIONS = [CreateSettings1796327821984];
