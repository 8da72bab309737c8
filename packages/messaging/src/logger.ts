/** The slice of a pino-style logger the senders use; pass the service's logger or nothing. */
export interface MessagingLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export const silentLogger: MessagingLogger = { info() {}, warn() {} };
