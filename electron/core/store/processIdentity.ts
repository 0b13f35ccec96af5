import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';

/**
 * Which boot of this machine we run in. Linux names each boot; elsewhere the boot time
 * (now minus uptime, to the minute so two readings agree) stands in for the name.
 */
export function currentBoot(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    const bootMinute = Math.round((Date.now() - uptime() * 1000) / 60_000);
    return `boot-at-minute-${bootMinute}`;
  }
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
