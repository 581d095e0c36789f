/**
 * What the client remembers of each host it may send to, and which one the next attempt goes to.
 *
 * A host that failed to connect or timed out is likely down (refused, or a black hole that only
 * times out): it is not tried again while another host has not shown that. A host that answered,
 * even with a 502 or an unreadable body, is reachable: such an answer is transient, so that host
 * stays ahead of every unreachable one, behind reachable hosts that have not failed as often.
 *
 * The ranking, best first:
 * 1. reachable hosts (never unreachable, or answered since), fewest failed answers in a row first,
 *    then in the configured order (the primary first);
 * 2. unreachable hosts, fewest failures in a row first, then the one that failed longest ago:
 *    when every host is down, the attempts go round them, and a host that failed once after
 *    answering comes before one that has failed again and again.
 *
 * "Longest ago" counts failures, not time, so the ranking needs no clock.
 */
export class HostHealth {
  private readonly hosts: HostRecord[];
  private failuresSoFar = 0;

  constructor(readonly urls: readonly string[]) {
    this.hosts = urls.map((url, index) => ({ url, index, unreachableAt: undefined, failures: 0 }));
  }

  /** The host the next attempt goes to. */
  pick(): string {
    let best = this.hosts[0] as HostRecord;
    for (const host of this.hosts) if (isHealthier(host, best)) best = host;
    return best.url;
  }

  /** The host answered in a way that shows it works (any readable answer, whatever its `code`). */
  answered(url: string): void {
    const host = this.find(url);
    if (!host) return;
    host.unreachableAt = undefined;
    host.failures = 0;
  }

  /** The host answered, but not usefully (HTTP 5xx, an unreadable body): reachable, failing. */
  answeredBadly(url: string): void {
    const host = this.find(url);
    if (!host) return;
    host.unreachableAt = undefined;
    host.failures++;
    this.failuresSoFar++;
  }

  /** The connection failed or the attempt timed out: the host may be down. */
  unreachable(url: string): void {
    const host = this.find(url);
    if (!host) return;
    host.unreachableAt = this.failuresSoFar++;
    host.failures++;
  }

  private find(url: string): HostRecord | undefined {
    return this.hosts.find((host) => host.url === url);
  }
}

interface HostRecord {
  readonly url: string;
  /** The configured position: the primary is 0. */
  readonly index: number;
  /** When (in failures counted so far) the host last failed to connect; undefined once it answers. */
  unreachableAt: number | undefined;
  /** Failed attempts in a row. */
  failures: number;
}

function isHealthier(a: HostRecord, b: HostRecord): boolean {
  if (a.unreachableAt === undefined && b.unreachableAt !== undefined) return true;
  if (a.unreachableAt !== undefined && b.unreachableAt === undefined) return false;
  if (a.failures !== b.failures) return a.failures < b.failures;
  if (a.unreachableAt !== undefined && b.unreachableAt !== undefined) {
    return a.unreachableAt < b.unreachableAt;
  }
  return a.index < b.index;
}
