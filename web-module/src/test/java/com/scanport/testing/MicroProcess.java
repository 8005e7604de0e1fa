package com.scanport.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro server started with payara-config/run-micro.sh, exactly as an
 * operator starts one, for tests that must kill and restart it.
 */
public final class MicroProcess implements AutoCloseable {

    private final Process process;
    private final ScanportClient client;

    private MicroProcess(Process process, ScanportClient client) {
        this.process = process;
        this.client = client;
    }

    /** Settings that put the server on its embedded H2 database, whichever database the run uses. */
    public static final Map<String, String> EMBEDDED_H2 = Map.of("SCANPORT_DB_URL", "");

    public static MicroProcess start(Path dataDir, int httpPort, Path log) {
        return start(dataDir, httpPort, log, Map.of());
    }

    public static MicroProcess start(Path dataDir, int httpPort, Path log, Map<String, String> settings) {
        MicroProcess server = new MicroProcess(launch(dataDir, httpPort, log, settings),
                new ScanportClient(URI.create("http://127.0.0.1:" + httpPort + "/")));
        try {
            server.awaitReady();
        } catch (AssertionError | RuntimeException e) {
            server.process.destroyForcibly();
            throw e;
        }
        return server;
    }

    /** Runs the script with the test's settings, then {@code settings} on top, output to {@code log}. */
    public static Process launch(Path dataDir, int httpPort, Path log, Map<String, String> settings) {
        Path script = Path.of(System.getProperty("scanport.it.config.dir"), "run-micro.sh");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("SCANPORT_DATA_DIR", dataDir.toString());
        env.put("SCANPORT_HTTP_PORT", Integer.toString(httpPort));
        env.put("SCANPORT_RUNTIME_DIR", System.getProperty("scanport.it.runtime.dir"));
        env.put("SCANPORT_BROKER_HEARTBEAT_SECONDS", "2");
        env.put("SCANPORT_ADMIN_SECRET", TestAccounts.adminSecret());
        env.put("SCANPORT_STAFF_PASSWORD", TestAccounts.staffPassword());
        putIfSet(env, "SCANPORT_DB_URL", "scanport.it.db.url");
        putIfSet(env, "SCANPORT_DB_USER", "scanport.it.db.user");
        putIfSet(env, "SCANPORT_DB_PASSWORD", "scanport.it.db.password");
        env.putAll(settings);
        try {
            Files.createDirectories(log.getParent());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the script where it must refuse to start: it ends within a minute with exit status 2
     * and writes one line, which this answers. {@code why} says what it must not have started on.
     */
    public static String refusedStart(Path dataDir, int httpPort, Path log, Map<String, String> settings, String why)
            throws IOException, InterruptedException {
        Process run = launch(dataDir, httpPort, log, settings);
        boolean exited = run.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            run.destroyForcibly();
        }
        assertTrue(exited, "run-micro.sh is still running " + why);
        assertEquals(2, run.exitValue());
        List<String> lines = Files.readAllLines(log);
        assertEquals(1, lines.size(), () -> String.join("\n", lines));
        return lines.get(0);
    }

    private static void putIfSet(Map<String, String> env, String variable, String property) {
        String value = System.getProperty(property, "");
        if (!value.isBlank()) {
            env.put(variable, value);
        }
    }

    private void awaitReady() {
        Eventually.await(Duration.ofSeconds(180), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro exited with " + process.exitValue());
            }
            return client.get("health/ready");
        }, r -> r.status() == 200 && r.body().contains("\"broker\""), "Payara Micro to be ready");
    }

    public ScanportClient client() {
        return client;
    }

    /** SIGKILL: no shutdown hook, no flush, nothing graceful. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
