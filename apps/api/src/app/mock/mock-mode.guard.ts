import { CanActivate, ForbiddenException, Injectable } from '@nestjs/common';

import { MockModeService } from './mock-mode.service';

/**
 * Refuses a route while mock mode is on (403), before its body is read or validated: the
 * synthetic nodes cannot be added to or changed.
 */
@Injectable()
export class RefuseInMockMode implements CanActivate {
  constructor(private readonly mockMode: MockModeService) {}

  canActivate(): boolean {
    if (this.mockMode.enabled) {
      throw new ForbiddenException('Cannot add nodes while mock mode is enabled');
    }

    return true;
  }
}
