package io.casedesk.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** The benchmark's parallel clients: waiting for all of them, whichever side of HTTP they run on. */
final class BenchThreads {

  private BenchThreads() {}

  /** Waits until every worker has finished, then shuts the pool down; a worker's failure fails the measurement. */
  static void awaitAll(ExecutorService pool, List<Future<?>> workers) {
    try {
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
  }
}
