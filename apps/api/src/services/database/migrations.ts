import { CreateSettings1796327821984 } from './migrations/1796327821984-CreateSettings';
import { CreateNodes1796328145454 } from './migrations/1796328145454-CreateNodes';

/** Every migration in order; add new ones at the end. */
export const MIGRATIONS = [CreateSettings1796327821984, CreateNodes1796328145454];
