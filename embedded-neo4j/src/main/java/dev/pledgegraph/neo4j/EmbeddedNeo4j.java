package dev.pledgegraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with only a Bolt connector on loopback.
 *
 * <p>Arguments: {@code --data DIR --port N [--pagecache 64m] [--tx-total 256m] [--tx-max 128m]
 * [--tx-timeout-ms 120000] [--plugins DIR]}. Prints {@code READY bolt://127.0.0.1:N} on stdout once Bolt accepts
 * connections, and stops the database cleanly on SIGTERM/SIGINT or when stdin closes (the parent
 * process died), so no orphaned JVM keeps the store lock.
 *
 * <p>Exit codes: 2 bad arguments, 3 port in use, 4 store locked by another process, 5 other
 * start-up failure.
 */
public final class EmbeddedNeo4j {
  private static final String HOST = "127.0.0.1";
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(2);
  private static final int KEEP_ALIVE_PROBES = 3;
  private static final Duration STARTUP_PROBE_TIMEOUT = Duration.ofMinutes(5);

  private EmbeddedNeo4j() {}

  public static void main(String[] args) {
    LauncherOptions options;
    try {
      options = LauncherOptions.parse(args);
    } catch (IllegalArgumentException e) {
      fail(2, "BAD_ARGUMENTS", e.getMessage());
      return;
    }
    if (!portIsFree(options.port())) {
      fail(3, "PORT_IN_USE", "port " + options.port() + " on " + HOST + " is already in use");
      return;
    }

    DatabaseManagementService service;
    try {
      service = start(options);
    } catch (RuntimeException e) {
      if (causedByStoreLock(e)) {
        fail(4, "STORE_LOCKED", "the store in " + options.dataDir() + " is locked by another process");
      } else {
        fail(5, "START_FAILED", rootMessage(e));
      }
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown = new Thread(() -> stop(service, stopped), "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    watchParent(shutdown);

    System.out.println("READY bolt://" + HOST + ":" + options.port());
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static DatabaseManagementService start(LauncherOptions options) {
    Path home = options.dataDir().toAbsolutePath();
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create data directory " + home + ": " + e.getMessage(), e);
    }
    DatabaseManagementServiceBuilder builder =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port()))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port()))
            // Bolt waits 5 s twice on shutdown by default; nothing of ours needs that grace.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.routing_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(options.pageCache()))
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.parse(options.txTotal()))
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(options.txMax()))
            // A backstop for transactions that set no timeout of their own (the API's all do).
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMillis(options.txTimeoutMs()))
            // Keep-alive NOOPs during every request, and a hint to drivers to drop a connection
            // silent for KEEP_ALIVE x PROBES: a paused or hung server frees the client's pool.
            .setConfig(BoltConnector.connection_keep_alive_type, BoltConnector.KeepAliveRequestType.ALL)
            .setConfig(BoltConnector.connection_keep_alive, KEEP_ALIVE)
            .setConfig(BoltConnector.connection_keep_alive_probes, KEEP_ALIVE_PROBES)
            .setConfig(BoltConnector.connection_keep_alive_streaming_scheduling_interval, Duration.ofMillis(500))
            .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"));
    if (options.pluginsDir() != null) {
      builder
          .setConfig(GraphDatabaseSettings.plugin_dir, options.pluginsDir().toAbsolutePath())
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, java.util.List.of("apoc.*"));
    }
    DatabaseManagementService service = builder.build();
    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    // Not bound by db.transaction.timeout: the first transaction of a cold JVM can be slow.
    try (Transaction tx = db.beginTx(STARTUP_PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      tx.execute("RETURN 1").close();
      tx.commit();
    }
    return service;
  }

  private static void stop(DatabaseManagementService service, CountDownLatch stopped) {
    try {
      service.shutdown();
      System.out.println("STOPPED");
      System.out.flush();
    } finally {
      stopped.countDown();
    }
  }

  /** The parent keeps our stdin open; end of stream means it is gone, so stop (via the hook). */
  private static void watchParent(Thread shutdown) {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // the parent never writes; any byte is ignored
                }
              } catch (IOException ignored) {
                // treated like end of stream
              }
              System.exit(0);
            },
            "parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(HOST, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean causedByStoreLock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      String message = String.valueOf(t.getMessage());
      if (name.endsWith("FileLockException") || message.contains("Lock file has been locked")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static void fail(int code, String kind, String message) {
    System.err.println("LAUNCH_ERROR " + kind + " " + message);
    System.err.flush();
    System.exit(code);
  }
}
