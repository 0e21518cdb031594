package org.annals.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on 127.0.0.1 (a master and a worker, started with plain java from
 * the jars the build collected in {@code target/lib}), the job submitted to it through {@code
 * jobs/annals --master} and {@code spark-submit} with the thin jar, and its tables compared byte
 * for byte with an embedded run's.
 */
class ClusterIT {

  static final String SEED = "jobs/samples/tajikistan-2012-04-23.txt";
  static final List<String> FLAGS =
      List.of(
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
          "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
          "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
          "-Djdk.reflect.useDirectMethodHandle=false",
          "-Dio.netty.tryReflectionSetAccessible=true");

  @TempDir static Path tmp;
  static Path sparkHome;
  static final List<Process> daemons = new ArrayList<>();
  static String masterUrl;

  @BeforeAll
  static void startCluster() throws Exception {
    sparkHome = fakeSparkHome();
    int masterPort = freePort();
    masterUrl = "spark://127.0.0.1:" + masterPort;
    daemons.add(
        start(
            "master",
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            String.valueOf(masterPort),
            "--webui-port",
            String.valueOf(freePort())));
    awaitPort(masterPort, Duration.ofSeconds(60));
    daemons.add(
        start(
            "worker",
            "org.apache.spark.deploy.worker.Worker",
            masterUrl,
            "--host",
            "127.0.0.1",
            "--cores",
            "2",
            "--memory",
            "2g",
            "--webui-port",
            String.valueOf(freePort()),
            "--work-dir",
            tmp.resolve("work").toString()));
  }

  @AfterAll
  static void stopCluster() throws InterruptedException {
    for (Process p : daemons) {
      p.destroy();
    }
    for (Process p : daemons) {
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  @Test
  void aSubmittedRunWritesTheSameTablesAsAnEmbeddedRun() throws Exception {
    Path clusterOut = tmp.resolve("cluster-out");
    Path localOut = tmp.resolve("local-out");
    Process submit =
        launcher("--master", masterUrl, "run", "--input", SEED, "--output", clusterOut.toString())
            .redirectOutput(tmp.resolve("submit.log").toFile())
            .redirectErrorStream(true)
            .start();
    assertTrue(submit.waitFor(5, TimeUnit.MINUTES), "spark-submit timed out");
    assertEquals(0, submit.exitValue(), Files.readString(tmp.resolve("submit.log")));
    assertTrue(
        Files.readString(
                tmp.resolve("work")
                    .resolve(onlyChild(tmp.resolve("work")))
                    .resolve("0")
                    .resolve("stderr"))
            .contains("Executor"),
        "the work ran on the cluster's executor");

    Process local =
        launcher("run", "--input", SEED, "--output", localOut.toString())
            .redirectOutput(tmp.resolve("local.log").toFile())
            .redirectErrorStream(true)
            .start();
    assertTrue(local.waitFor(5, TimeUnit.MINUTES), "embedded run timed out");
    assertEquals(0, local.exitValue(), Files.readString(tmp.resolve("local.log")));

    for (String table : OutputTables.ALL.keySet()) {
      Path a = clusterOut.resolve("csv").resolve(table).resolve("part-00000.csv");
      Path b = localOut.resolve("csv").resolve(table).resolve("part-00000.csv");
      assertArrayEquals(Files.readAllBytes(b), Files.readAllBytes(a), table);
    }
  }

  private static String onlyChild(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.findFirst().orElseThrow().getFileName().toString();
    }
  }

  private static ProcessBuilder launcher(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of("jobs/annals").toAbsolutePath().toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    return pb;
  }

  /** A SPARK_HOME whose jars are the build's and whose spark-submit runs SparkSubmit with java. */
  private static Path fakeSparkHome() throws IOException {
    Path home = tmp.resolve("spark-home");
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("conf"));
    Files.createSymbolicLink(home.resolve("jars"), Path.of("target/lib").toAbsolutePath());
    Path submit = home.resolve("bin/spark-submit");
    Files.writeString(
        submit,
        "#!/usr/bin/env bash\nexport SPARK_SCALA_VERSION=2.13\nexec java "
            + String.join(" ", FLAGS)
            + " -cp \"$SPARK_HOME/jars/*\" org.apache.spark.deploy.SparkSubmit \"$@\"\n");
    Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }

  private static Process start(String name, String mainClass, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(FLAGS);
    cmd.add("-Xmx512m");
    cmd.add("-cp");
    cmd.add(sparkHome.resolve("jars") + "/*");
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    // What a distribution's load-spark-env.sh sets; the worker's executor launcher needs it.
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile());
    return pb.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void awaitPort(int port, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(200);
      }
    }
    throw new AssertionError("port " + port + " did not open");
  }
}
