// Runs a TypeScript entry point of the core with tsx, forwarding arguments, output and signals.
import { spawn } from 'node:child_process';

export function runTs(root, entry, args) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
