package dev.pledgegraph.neo4j;

import java.nio.file.Path;

/** Command-line options of the launcher, with small defaults that suit a laptop. */
record LauncherOptions(
    Path dataDir, int port, String pageCache, String txTotal, String txMax, long txTimeoutMs, Path pluginsDir) {

  static LauncherOptions parse(String[] args) {
    Path dataDir = null;
    int port = 7687;
    String pageCache = "64m";
    String txTotal = "256m";
    String txMax = "128m";
    long txTimeoutMs = 120_000;
    Path pluginsDir = null;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + name);
      }
      String value = args[++i];
      switch (name) {
        case "--data" -> dataDir = Path.of(value);
        case "--port" -> port = parsePort(value);
        case "--pagecache" -> pageCache = value;
        case "--tx-total" -> txTotal = value;
        case "--tx-max" -> txMax = value;
        case "--tx-timeout-ms" -> txTimeoutMs = parseMillis(value);
        case "--plugins" -> pluginsDir = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    if (dataDir == null) {
      throw new IllegalArgumentException("--data DIR is required");
    }
    return new LauncherOptions(dataDir, port, pageCache, txTotal, txMax, txTimeoutMs, pluginsDir);
  }

  private static long parseMillis(String value) {
    try {
      long millis = Long.parseLong(value);
      if (millis < 0) {
        throw new IllegalArgumentException("--tx-timeout-ms must be 0 (none) or more, got " + value);
      }
      return millis;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--tx-timeout-ms must be a number of milliseconds, got " + value);
    }
  }

  private static int parsePort(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("--port must be 1-65535, got " + value);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be a number, got " + value);
    }
  }
}
