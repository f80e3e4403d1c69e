import { CanActivate, ForbiddenException, Injectable } from '@nestjs/common';

import { MockModeService } from './mock-mode.service';

/**
 * Refuses changes to the node configuration while mock mode is on (403), before the body is
 * read or validated: the node list then shows synthetic instances whose ids (`pve-0`, ...)
 * may also belong to stored nodes, and a new node would not be polled.
 */
@Injectable()
export class RefuseInMockMode implements CanActivate {
  constructor(private readonly mockMode: MockModeService) {}

  canActivate(): boolean {
    if (this.mockMode.enabled) {
      throw new ForbiddenException('Cannot change nodes while mock mode is enabled');
    }

    return true;
  }
}
