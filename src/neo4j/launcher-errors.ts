/** Why the embedded Neo4j could not be built or started. */
export type LauncherFailure =
  'JAVA_MISSING' | 'JAVA_TOO_OLD' | 'MAVEN_MISSING' | 'BUILD_FAILED' | 'PORT_IN_USE' | 'STORE_LOCKED' | 'JVM_DIED' | 'START_TIMEOUT' | 'ABORTED';

const BRING_YOUR_OWN = 'Alternatively, point pledgegraph at a Neo4j you already run by setting NEO4J_URI (and NEO4J_USERNAME/NEO4J_PASSWORD).';

/** A one-paragraph error that says what happened and what to do about it. */
export class LauncherError extends Error {
  constructor(
    readonly failure: LauncherFailure,
    detail: string,
  ) {
    super(`${describe(failure)} ${detail.trim()} ${BRING_YOUR_OWN}`.replace(/\s+/g, ' ').trim());
    this.name = 'LauncherError';
  }
}

function describe(failure: LauncherFailure): string {
  switch (failure) {
    case 'JAVA_MISSING':
      return 'The embedded Neo4j needs Java, but no `java` was found (looked in JAVA_HOME and on PATH). Install a JDK 17 or newer (e.g. `apt-get install openjdk-17-jdk-headless`) and make sure `java` is on PATH or JAVA_HOME is set.';
    case 'JAVA_TOO_OLD':
      return 'The embedded Neo4j 5.26 needs Java 17 or newer. Install a JDK 17+ and put it first on PATH or set JAVA_HOME to it.';
    case 'MAVEN_MISSING':
      return 'The embedded Neo4j launcher has to be built once with Maven, but no `mvn` was found on PATH. Install Maven 3.8 or newer (e.g. `apt-get install maven`).';
    case 'BUILD_FAILED':
      return 'Building the embedded Neo4j launcher with Maven failed; see the Maven output below and check that Maven can reach its repository (or has the dependencies in ~/.m2).';
    case 'PORT_IN_USE':
      return 'The embedded Neo4j could not listen for Bolt because the port is already in use. Free the port or choose another one with NEO4J_BOLT_PORT.';
    case 'STORE_LOCKED':
      return 'The embedded Neo4j store is locked by another process (another pledgegraph or Neo4j using the same DATA_DIR). Stop that process or choose another DATA_DIR.';
    case 'JVM_DIED':
      return 'The embedded Neo4j JVM exited while starting. Check the launcher log and the memory settings (NEO4J_HEAP_SIZE, NEO4J_PAGECACHE_SIZE).';
    case 'ABORTED':
      return 'The embedded Neo4j start was called off (the server is shutting down).';
    case 'START_TIMEOUT':
      return 'The embedded Neo4j did not accept Bolt connections in time and was stopped. Check the launcher log, or raise NEO4J_START_TIMEOUT_MS on a slow machine.';
  }
}
