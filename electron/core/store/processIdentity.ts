import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';

const BOOT_MINUTE = /^boot-at-minute-(-?\d+)$/;

/**
 * Which boot of this machine we run in. Linux names each boot; elsewhere the boot time
 * (now minus uptime, to the minute) stands in for the name, and two readings of it may differ
 * (see compareBoots).
 */
export function currentBoot(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    const bootMinute = Math.round((Date.now() - uptime() * 1000) / 60_000);
    return `boot-at-minute-${bootMinute}`;
  }
}

/** Boot times this close are one boot: a reading rounds to the minute and drifts with the clock. */
export const SAME_BOOT_MINUTES = 2;
/**
 * Boot times this close may still be one boot whose clock was set since (a wrong clock corrected
 * by the network moves "now minus uptime" with it), or a reboot the same day: nobody can tell.
 */
export const NEAR_BOOT_MINUTES = 24 * 60;

/**
 * Whether a recorded boot is the one we run in. Linux boot ids match or not; boot times match
 * within SAME_BOOT_MINUTES, are `near` (perhaps the same boot: ask) within NEAR_BOOT_MINUTES,
 * and beyond that are another boot.
 */
export function compareBoots(recorded: string, current: string): 'same' | 'near' | 'different' {
  if (recorded === current) return 'same';
  const a = BOOT_MINUTE.exec(recorded);
  const b = BOOT_MINUTE.exec(current);
  if (!a || !b) return 'different';
  const apart = Math.abs(Number(a[1]) - Number(b[1]));
  if (apart <= SAME_BOOT_MINUTES) return 'same';
  return apart <= NEAR_BOOT_MINUTES ? 'near' : 'different';
}

/**
 * When a process started, in clock ticks since boot (field 22 of /proc/<pid>/stat), so a
 * PID reused by another program is told apart from the one that wrote a lock. Null where
 * the system does not say (no /proc), or the process is gone.
 */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const start = fields[19];
    return start && /^\d+$/.test(start) ? start : null;
  } catch {
    return null;
  }
}
