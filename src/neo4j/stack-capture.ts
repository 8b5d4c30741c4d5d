/**
 * Starts a query with V8's stack capture off: the driver captures (and formats, through the source
 * maps) a stack for every Result it makes, to graft onto an error that never comes for most
 * queries; the Result is made synchronously, so only that capture is skipped. A driver error then
 * carries its name, code and message, but no stack (it would show the caller and the driver).
 */
export function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
