import { createServer } from 'node:net';

/**
 * A start that cannot go on for a reason the operator can fix: the message names the cause and
 * the setting to change, and is printed without a stack.
 */
export class StartError extends Error {}

/**
 * Refuses a port another program holds before anything is started on it, naming the setting
 * that chose it.
 */
export function assertPortFree(port: number, host: string, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(portError(error, port, host, variable)),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** What a failed listen means, and what to change. */
export function portError(
  error: NodeJS.ErrnoException,
  port: number,
  host: string,
  variable: string,
): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new StartError(
        `Port ${port} is in use by another program. Set ${variable} to a free port.`,
      );
    case 'EACCES':
      return new StartError(
        `Port ${port} needs privileges this process lacks. Set ${variable} to a port above 1023.`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new StartError(`${host} is not an address of this machine. Check HOST.`);
    default:
      return error;
  }
}
