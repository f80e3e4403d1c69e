import { createHmac, timingSafeEqual } from 'node:crypto';

export type TicketPrefix = 'PVE' | 'PBS' | 'PMG';

/** Signs and checks tickets shaped like the real ones: `PVE:user@realm:HEXTIME::signature`. */
export class TicketSigner {
  constructor(
    private readonly prefix: TicketPrefix,
    private readonly key: Buffer,
  ) {}

  ticket(user: string, epoch: number): string {
    const head = `${this.prefix}:${user}:${hexTime(epoch)}`;

    return `${head}::${this.sign(head)}`;
  }

  csrf(user: string, epoch: number): string {
    const time = hexTime(epoch);

    return `${time}:${this.sign(`csrf:${time}:${user}`)}`;
  }

  /** Returns the ticket's user when signature and age are fine. */
  verifyTicket(ticket: string, now: number, lifetime: number): string | undefined {
    const match = /^([A-Z]{3}):([^:]+):([0-9A-F]{8})::(.+)$/.exec(ticket);
    if (!match || match[1] !== this.prefix) return undefined;
    const head = `${match[1]}:${match[2]}:${match[3]}`;
    if (!sameText(this.sign(head), match[4])) return undefined;

    return isFresh(parseInt(match[3], 16), now, lifetime) ? match[2] : undefined;
  }

  verifyCsrf(token: string, user: string, now: number, lifetime: number): boolean {
    const match = /^([0-9A-F]{8}):(.+)$/.exec(token);
    if (!match || !sameText(this.sign(`csrf:${match[1]}:${user}`), match[2])) return false;

    return isFresh(parseInt(match[1], 16), now, lifetime);
  }

  private sign(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('base64').replace(/=+$/, '');
  }
}

function hexTime(epoch: number): string {
  return epoch.toString(16).toUpperCase().padStart(8, '0');
}

/** Proxmox tolerates tickets up to 5 minutes from the future (clock skew). */
function isFresh(issued: number, now: number, lifetime: number): boolean {
  const age = now - issued;

  return age >= -300 && age < lifetime;
}

export function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);

  return left.length === right.length && timingSafeEqual(left, right);
}
