package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.testing.Eventually;
import com.scanport.testing.HttpResult;
import com.scanport.testing.MicroProcess;
import com.scanport.testing.RawHttp;
import com.scanport.testing.ScanportClient;
import com.scanport.testing.TestAccounts;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Payara Micro as an operator runs it (run-micro.sh), and its log: clients that hang up in the
 * middle of their bodies or their answers leave no trace there (Payara logged about 240 lines for
 * each); a second server on the same data directory, and an H2 database deleted under a data
 * directory that had one, stop a start in one line. On H2 in every run, the PostgreSQL one included: the test is about H2's files.
 */
class RunMicroIT {

    private static final int HANG_UPS = 20;
    private static final Duration STALL = Duration.ofSeconds(1);
    private static final int GUESSES = 20;

    @Test
    void hangUpsLeaveTheLogQuietAndASecondServerOrADeletedDatabaseStopsAStartWithOneClearLine() throws Exception {
        Path dir = Path.of(System.getProperty("scanport.it.dir"), "run-micro");
        Path dataDir = dir.resolve("data");
        Path firstLog = dir.resolve("first-start.log");
        int httpPort = Integer.parseInt(System.getProperty("scanport.it.run-micro.http.port"));
        try (MicroProcess server = MicroProcess.start(dataDir, httpPort, firstLog, MicroProcess.EMBEDDED_H2)) {
            assertTrue(Files.exists(dataDir.resolve("db-marker")), "the first migration leaves its marker");
            hangUpsLeaveNoTrace(server.client(), URI.create("http://127.0.0.1:" + httpPort + "/"), firstLog);

            String busy = MicroProcess.refusedStart(dataDir, httpPort, dir.resolve("second-server.log"),
                    MicroProcess.EMBEDDED_H2, "beside a server on the same data directory");
            assertEquals("scanport: another server runs on the data directory " + dataDir
                    + "; give this one a SCANPORT_DATA_DIR of its own", busy);
            assertEquals(200, server.client().get("version").status(), "the first server serves on");
        }
        try (Stream<Path> files = Files.list(dataDir.resolve("db"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        String line = MicroProcess.refusedStart(dataDir, httpPort, dir.resolve("restart.log"), MicroProcess.EMBEDDED_H2,
                "on an empty database");
        assertTrue(line.startsWith("scanport: the database " + dataDir.resolve("db/scanport.mv.db") + " is gone or empty"),
                line);
        assertTrue(line.contains("delete " + dataDir.resolve("db-marker")), line);
    }

    /**
     * Form bodies, urlencoded and multipart, cut off by their clients with a reset while the server
     * waits for the rest, and clients that reset their connections while their answers are being
     * sent (Payara logged both), requests the HTTP layer cannot parse (Grizzly logged those) and
     * paths it cannot decode (Payara logged those), and simultaneous first wrong logins for a new
     * username (the losers of the race to create its window were logged);
     * then a device login request, whose audit line marks how far the log has got: no line between
     * is a warning or an error.
     */
    private static void hangUpsLeaveNoTrace(ScanportClient client, URI base, Path log)
            throws IOException, InterruptedException, ExecutionException {
        long before = Files.size(log);
        String form = RawHttp.headers("application/x-www-form-urlencoded", "Content-Length: 4000");
        String multipart = RawHttp.headers("multipart/form-data; boundary=hang-up", "Content-Length: 4000");
        List<RawHttp.Pending> requests = new ArrayList<>();
        try {
            for (int i = 0; i < HANG_UPS; i++) {
                boolean isForm = i % 2 == 0;
                RawHttp.Pending request = RawHttp.Pending.start(base, InetAddress.getLoopbackAddress(), "POST",
                        "auth/login", isForm ? form : multipart);
                requests.add(request);
                request.send((isForm ? "username=somebody&password=" : "--hang-up\r\nContent-Disposition: form-data;"
                        + " name=\"username\"\r\n\r\nsomebody").getBytes(StandardCharsets.UTF_8));
            }
            // The clients stall, so that the server is waiting for the rest of their bodies when they go.
            Thread.sleep(STALL.toMillis());
        } finally {
            for (RawHttp.Pending request : requests) {
                request.reset();
            }
        }
        // Clients gone before their answers are sent: a large one, and fifty pipelined small ones.
        for (int i = 0; i < HANG_UPS / 2; i++) {
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                String get = i % 2 == 0 ? "GET /openapi-ui/swagger-ui-bundle.js HTTP/1.1\r\nHost: test\r\n\r\n"
                        : "GET /version HTTP/1.1\r\nHost: test\r\n\r\n".repeat(50);
                socket.getOutputStream().write(get.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                socket.getInputStream().read();
                socket.setSoLinger(true, 0);
            }
        }
        // Requests the HTTP layer cannot parse: an empty 400, and nothing logged either.
        for (int i = 0; i < HANG_UPS / 2; i++) {
            RawHttp.Answer malformed = RawHttp.head(base, "POST /auth/login HTTP/1.1\r\nHost: test\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
            assertEquals(400, malformed.status(), malformed::text);
        }
        // A path with a malformed percent escape, which Payara fails to decode before any filter of
        // ours sees it (it logged 30 lines for each): an empty answer, and nothing logged.
        for (int i = 0; i < HANG_UPS / 2; i++) {
            RawHttp.Answer undecodable = RawHttp.head(base, "GET /%zz HTTP/1.1\r\nHost: test\r\n");
            assertEquals("", undecodable.body(), undecodable::text);
        }
        // Simultaneous first wrong logins for a new username: those that lose the race to create its
        // rate-limit window (a unique key) try again (the container and EclipseLink logged each loser).
        String stranger = TestAccounts.uniqueName("stranger");
        ExecutorService guessers = Executors.newFixedThreadPool(GUESSES);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < GUESSES; i++) {
                guesses.add(() -> client.post("auth/login", "username=" + stranger + "&password=not-the-password",
                        "Content-Type", "application/x-www-form-urlencoded").status());
            }
            for (Future<Integer> guess : guessers.invokeAll(guesses)) {
                int status = guess.get();
                assertTrue(status == 401 || status == 429, () -> "a wrong login answered " + status);
            }
        } finally {
            guessers.shutdownNow();
        }
        String username = TestAccounts.uniqueName("quiet");
        String user = Long.toString(TestAccounts.signUp(client, username, false).json()
                .getJsonNumber("id").longValue());
        String device = "quiet-log-" + UUID.randomUUID().toString().replace("-", "");
        HttpResult requested = client.post("auth/qr-code-auth", Json.createObjectBuilder().add("user_id", user)
                .add("device_info", "Quiet log").add("device_id", device).build().toString(),
                "Content-Type", "application/json");
        assertEquals(201, requested.status(), requested::toString);

        String since = Eventually.await(Duration.ofSeconds(30), () -> logSince(log, before),
                text -> text.contains("device-login event=create user=" + user + " "), "the device request's audit line in the log");
        List<String> noisy = since.lines()
                .filter(line -> line.contains("SEVERE") || line.contains("WARNING") || line.contains("Exception"))
                .toList();
        assertTrue(noisy.isEmpty(), () -> "Logged, in " + noisy.size() + " lines such as:\n"
                + String.join("\n", noisy.subList(0, Math.min(noisy.size(), 20))));
    }

    private static String logSince(Path log, long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
