import { bootstrap } from './services/bootstrap/bootstrap';

void bootstrap();
