package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.scanport.testing.MicroProcess;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Readiness tells the truth: a client that polls {@code /health/ready} from the moment
 * run-micro.sh starts, and calls the API the moment readiness says UP with the application's
 * checks, gets the application's JSON answer, never the server's HTML 404. Once on a fresh data
 * directory, once restarted on the Payara Micro root that start left behind.
 *
 * <p>The heartbeat is long (30 s), so that on the restart the broker check is UP at once on the
 * probes the first start received: the database and broker checks are then both UP while the web
 * module has not started yet, which is exactly when only the HTTP check can keep readiness DOWN.
 */
class ReadinessIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(5);
    private static final int POLLERS = 3;
    private static final Set<String> APPLICATION_CHECKS = Set.of("database", "broker");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    @Test
    void theApiAnswersAsSoonAsReadinessSaysUp() throws Exception {
        Path dir = Path.of(System.getProperty("scanport.it.dir"), "readiness");
        Path data = dir.resolve("data");
        int port = Integer.parseInt(System.getProperty("scanport.it.readiness.http.port"));
        Map<String, String> settings = Map.of("SCANPORT_BROKER_HEARTBEAT_SECONDS", "30");

        Startup fresh = observe(data, port, dir.resolve("fresh"), settings);
        Startup restart = observe(data, port, dir.resolve("restart"), settings);

        assertTrue(Files.readString(dir.resolve("restart.log")).contains("reusing the configured Payara Micro root"),
                "the second start reuses the Payara Micro root");
        for (Startup start : List.of(fresh, restart)) {
            assertApplicationAnswered(start);
        }
        for (Startup start : List.of(fresh, restart)) {
            assertTrue(start.emptyUps().isEmpty(),
                    () -> start.name() + ": readiness said UP with no checks:\n" + start.timeline());
        }
    }

    private static void assertApplicationAnswered(Startup start) {
        HttpResponse<String> api = start.api();
        String contentType = api.headers().firstValue("Content-Type").orElse("");
        String where = start.name() + ": GET /auth/me right after the first UP answered " + api.statusCode()
                + " " + contentType + " " + api.body() + "\n" + start.timeline();
        assertEquals(401, api.statusCode(), where);
        assertTrue(contentType.startsWith("application/json"), where);
        JsonObject body = parse(api.body());
        assertTrue(body != null && body.getInt("status_code", 0) == 401, where);
    }

    /**
     * Starts run-micro.sh and polls readiness from that moment, from several threads back to back
     * (the moments when readiness could lie last well under a second), until one sees it UP with
     * the application's checks and at once calls the API.
     */
    private static Startup observe(Path data, int port, Path name, Map<String, String> settings) throws Exception {
        Path log = Path.of(name + ".log");
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        Timeline timeline = new Timeline();
        CompletableFuture<HttpResponse<String>> api = new CompletableFuture<>();
        Process process = MicroProcess.launch(data, port, log, settings);
        timeline.start();
        ExecutorService pollers = Executors.newFixedThreadPool(POLLERS);
        try {
            for (int i = 0; i < POLLERS; i++) {
                pollers.submit(() -> {
                    while (!api.isDone()) {
                        HttpResponse<String> ready = get(base.resolve("health/ready"));
                        Set<String> checks = ready != null && ready.statusCode() == 200
                                ? checkNames(parse(ready.body())) : null;
                        if (checks != null && checks.containsAll(APPLICATION_CHECKS)) {
                            long upAt = timeline.elapsed();
                            HttpResponse<String> answer = get(base.resolve("auth/me"));
                            synchronized (api) {
                                if (!api.isDone()) {
                                    timeline.add("readiness (answered at " + upAt + " ms) " + describe(ready), null);
                                    timeline.add("GET /auth/me " + describe(answer), null);
                                    api.complete(answer);
                                }
                            }
                            return null;
                        }
                        timeline.add("readiness " + summary(ready), checks != null && checks.isEmpty());
                        Thread.sleep(POLL_INTERVAL.toMillis());
                    }
                    return null;
                });
            }
            while (!api.isDone()) {
                if (!process.isAlive()) {
                    fail("Payara Micro exited with " + process.exitValue() + " (see " + log + ")\n" + timeline);
                }
                if (timeline.elapsed() > START_TIMEOUT.toMillis()) {
                    fail("readiness never said UP with the application's checks\n" + timeline);
                }
                Thread.sleep(100);
            }
        } finally {
            pollers.shutdownNow();
            pollers.awaitTermination(30, TimeUnit.SECONDS);
            stop(process);
            Files.writeString(Path.of(name + "-timeline.txt"), timeline.toString());
        }
        HttpResponse<String> answer = api.get();
        if (answer == null) {
            fail(name.getFileName() + ": the API did not answer right after readiness said UP\n" + timeline);
        }
        return new Startup(name.getFileName().toString(), answer, timeline.emptyUps(), timeline.toString());
    }

    /** What readiness answered over time (each change once), and when it said UP with no checks. */
    private static final class Timeline {
        private final List<String> lines = new ArrayList<>();
        private final List<String> emptyUps = new ArrayList<>();
        private long started;
        private String last;

        void start() {
            started = System.nanoTime();
        }

        long elapsed() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        }

        synchronized void add(String answer, Boolean emptyUp) {
            String line = elapsed() + " ms " + answer;
            if (Boolean.TRUE.equals(emptyUp)) {
                emptyUps.add(line);
            }
            if (!answer.equals(last)) {
                lines.add(line);
                last = answer;
            }
        }

        synchronized List<String> emptyUps() {
            return List.copyOf(emptyUps);
        }

        @Override
        public synchronized String toString() {
            return String.join("\n", lines);
        }
    }

    private static Set<String> checkNames(JsonObject health) {
        if (health == null || !(health.get("checks") instanceof JsonArray checks)) {
            return Set.of();
        }
        return checks.getValuesAs(JsonObject.class).stream()
                .map(check -> check.getString("name", ""))
                .collect(Collectors.toSet());
    }

    /** The answer, or null when the server did not answer (not listening yet, or too slow). */
    private static HttpResponse<String> get(URI uri) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? object : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Status and each check's state, without the data that changes on every call. */
    private static String summary(HttpResponse<String> ready) {
        JsonObject health = ready == null ? null : parse(ready.body());
        if (health == null || !(health.get("checks") instanceof JsonArray checks)) {
            return describe(ready);
        }
        return ready.statusCode() + " " + health.getString("status", "?") + " "
                + checks.getValuesAs(JsonObject.class).stream()
                        .map(check -> check.getString("name", "") + "=" + check.getString("status", ""))
                        .sorted()
                        .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String describe(HttpResponse<String> response) {
        if (response == null) {
            return "no answer";
        }
        String body = response.body().replaceAll("\\s+", " ");
        return response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("-") + " "
                + body.substring(0, Math.min(body.length(), 200));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private record Startup(String name, HttpResponse<String> api, List<String> emptyUps, String timeline) {
    }
}
