package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.testing.Eventually;
import com.scanport.testing.HttpResult;
import com.scanport.testing.ImageDeskSuite;
import com.scanport.testing.MicroProcess;
import com.scanport.testing.Multipart;
import com.scanport.testing.PrintedCodes;
import com.scanport.testing.ScanportClient;
import com.scanport.testing.TestAccounts;
import com.scanport.testing.TestPictures;
import com.scanport.tools.ReferenceWorker;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fault test: Payara Micro is killed ({@code kill -9}) in the middle of work, and nothing it
 * acknowledged may be lost or done twice. A storm of crossing transfers (and every tenth request
 * a buy) from many threads, each with its own Idempotency-Key, and a QR batch of 1000 codes just
 * started: after the restart every request is sent again with its key and answers the id it had
 * (or is applied now, if it never was), so the set of transfers is known exactly; every balance
 * must then be what those transfers make it, and the audit must hold. The batch reads failed
 * (its heartbeat stopped), its sheet is never offered, and the desk takes a new batch. Photos
 * uploaded just before the kill are all normalized after the restart and reach workers, and the
 * 1,000 broker probes acknowledged just before it are all processed. On H2 both starts have
 * SCANPORT_DEMO_DATA: the first fills the empty catalogue, the second adds nothing. A device
 * approved before the kill collects its token after it; the restart wants device login's QR
 * nonce (SCANPORT_DEVICE_LOGIN_REQUIRE_NONCE), so a device request without one is refused. Runs
 * on the run's database (H2, or PostgreSQL in the PostgreSQL run).
 */
class KillDuringWorkIT {

    private static final int USERS = 6;
    private static final int THREADS = 12;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 1000;
    private static final BigDecimal PRICE = new BigDecimal("2");
    private static final int PHOTOS = 8;
    private static final int PROBES = 1000;
    /** SCANPORT_DEMO_DATA fills an empty catalogue, and only an empty one, at every start. */
    private static final String SURVIVING_DEVICE = "kill-test-" + UUID.randomUUID().toString().replace("-", "");
    private static final Map<String, String> DEMO_DATA = Map.of("SCANPORT_DEMO_DATA", "true");

    /** One transfer (or, with {@code to} -1, one buy) as the client sent it. */
    record Sent(String key, int from, int to, BigDecimal amount) {

        boolean isBuy() {
            return to < 0;
        }
    }

    @Test
    void acknowledgedWorkSurvivesKill9AndNoneIsDoneTwice() throws Exception {
        Path dir = Path.of(System.getProperty("scanport.it.dir"), "kill-during-work");
        Path dataDir = dir.resolve("data");
        Path log = dir.resolve("payara-micro.log");
        int httpPort = Integer.parseInt(System.getProperty("scanport.it.fault.http.port"));
        // On H2 the data directory is new, so the catalogue is empty; the PostgreSQL run's database
        // is shared with the other suites, whose products would keep the demo catalogue out.
        boolean emptyCatalogue = System.getProperty("scanport.it.db.url", "").isBlank();
        Map<String, String> settings = emptyCatalogue ? DEMO_DATA : Map.of();

        List<Long> userIds = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        Map<Sent, Long> answered = new ConcurrentHashMap<>();
        List<Sent> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> photoJobs = new ArrayList<>();
        List<Long> probes;
        int productsBefore;
        String admin;
        String deviceUser = null;
        try (MicroProcess server = MicroProcess.start(dataDir, httpPort, log, settings)) {
            ScanportClient client = server.client();
            admin = TestAccounts.bearerOfNew(client, "ledger_admin", true);
            productsBefore = productCount(client, admin);
            if (emptyCatalogue) {
                assertEquals(5, productsBefore, "the demo catalogue fills the empty one");
            }
            HttpResult product = client.post("admin/products", Json.createObjectBuilder().add("description", "Storm goods")
                    .add("unit_price", PRICE).add("stock", 1_000_000).build().toString(),
                    "Content-Type", "application/json", "Authorization", admin);
            assertEquals(201, product.status(), product::toString);
            item = product.json().getJsonNumber("item_no_").longValue();
            for (int i = 0; i < USERS; i++) {
                String username = TestAccounts.uniqueName("ledger" + i);
                if (i == 0) {
                    deviceUser = username;
                }
                HttpResult created = TestAccounts.signUp(client, username, false);
                assertEquals(200, created.status(), created::toString);
                userIds.add(created.json().getJsonNumber("id").longValue());
                String token = "fault-" + UUID.randomUUID();
                HttpResult login = client.post("login", Json.createObjectBuilder().add("username", username)
                        .add("password", TestAccounts.PASSWORD).add("token", token).build().toString(),
                        "Content-Type", "application/json");
                assertEquals(200, login.status(), login::toString);
                tokens.add(token);
            }

            approveADevice(client, deviceUser);

            String staff = TestAccounts.staffBearer(client);
            String ownerCode = ownerCodeOf(client, staff);
            AtomicInteger acknowledged = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> storm = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                storm.add(pool.submit(() -> {
                    for (int i = 0; ; i++) {
                        int from = (thread + i) % USERS;
                        int to = (from + 1 + (i + thread) % (USERS - 1)) % USERS;
                        Sent sent = i % 10 == 0 ? new Sent(UUID.randomUUID().toString(), from, -1, PRICE)
                                : new Sent(UUID.randomUUID().toString(), from, to, BigDecimal.valueOf(1 + i % 3));
                        HttpResult result;
                        try {
                            result = send(client, tokens, userIds, sent);
                        } catch (UncheckedIOException killed) {
                            unanswered.add(sent);
                            return null;
                        }
                        if (result.status() == 200) {
                            answered.put(sent, result.json().getJsonNumber("transaction_id").longValue());
                            acknowledged.incrementAndGet();
                        } else {
                            assertEquals(400, result.status(), result::toString);
                            assertEquals("Insufficient funds", result.json().getString("error"));
                        }
                    }
                }));
            }
            while (acknowledged.get() < ACKNOWLEDGED_BEFORE_KILL) {
                Thread.sleep(20);
            }
            // Photos whose normalizing, on a JVM busy with a storm, is still under way at the kill.
            for (int i = 0; i < PHOTOS; i++) {
                HttpResult uploaded = new Multipart().file("file", "photo.jpg", "image/jpeg", TestPictures.noisyJpeg(640, 480, i))
                        .field("first_name", "Kill").field("last_name", "Test").field("animal_name", "Photo " + i)
                        .field("qr_content", ownerCode).post(client, "upload", "Authorization", staff);
                assertEquals(200, uploaded.status(), uploaded::toString);
                photoJobs.add(Long.toString(uploaded.json().getJsonNumber("job_id").longValue()));
            }
            HttpResult sent = client.post("admin/platform/broker-probes?count=" + PROBES, "", "Authorization", admin);
            assertEquals(202, sent.status(), sent::toString);
            probes = sent.json().getJsonArray("probe_ids").getValuesAs(JsonNumber.class).stream()
                    .map(JsonNumber::longValue).toList();
            // A batch of 1000 takes a JVM that is busy with a storm far longer than this request's answer.
            HttpResult batch = client.get("qr?n=1000", "Authorization", staff);
            assertEquals(200, batch.status(), batch::toString);
            server.kill();
            for (Future<?> thread : storm) {
                thread.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }

        // Restarted so that device requests need the nonce of the user's QR code.
        Map<String, String> restart = new java.util.HashMap<>(settings);
        restart.put("SCANPORT_DEVICE_LOGIN_REQUIRE_NONCE", "true");
        try (MicroProcess server = MicroProcess.start(dataDir, httpPort, log, restart)) {
            ScanportClient client = server.client();
            checkTheApprovedDeviceAndTheNonce(client, deviceUser);
            ExecutorService resend = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> checks = new ArrayList<>();
            for (Map.Entry<Sent, Long> entry : answered.entrySet()) {
                checks.add(resend.submit(() -> {
                    HttpResult again = send(client, tokens, userIds, entry.getKey());
                    assertEquals(200, again.status(), again::toString);
                    assertEquals(entry.getValue(), again.json().getJsonNumber("transaction_id").longValue(),
                            () -> "an acknowledged transfer answered another id after the restart: " + entry);
                    return null;
                }));
            }
            for (Future<?> check : checks) {
                check.get();
            }
            resend.shutdown();
            BigDecimal[] expected = new BigDecimal[USERS];
            java.util.Arrays.fill(expected, new BigDecimal(1000));
            answered.keySet().forEach(sent -> move(expected, sent));
            for (Sent sent : unanswered) {
                HttpResult retried = send(client, tokens, userIds, sent);
                if (retried.status() == 200) {
                    move(expected, sent);
                } else {
                    assertEquals("Insufficient funds", retried.json().getString("error"), retried::toString);
                }
            }
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < USERS; i++) {
                HttpResult balance = client.post("get-balance", Json.createObjectBuilder().add("token", tokens.get(i))
                        .build().toString(), "Content-Type", "application/json");
                assertEquals(200, balance.status(), balance::toString);
                BigDecimal actual = balance.json().getJsonNumber("balance").bigDecimalValue();
                assertEquals(0, expected[i].compareTo(actual), "user " + i + ": expected " + expected[i] + ", has " + actual);
                total = total.add(actual);
            }
            BigDecimal expectedTotal = java.util.Arrays.stream(expected).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, expectedTotal.compareTo(total));
            HttpResult audit = client.get("admin/ledger/audit", "Authorization", admin);
            assertEquals(200, audit.status(), audit::toString);
            assertTrue(audit.json().getBoolean("holds"), audit::toString);
            assertTrue(answered.size() >= ACKNOWLEDGED_BEFORE_KILL, "acknowledged: " + answered.size());

            checkTheBatchCutShort(client);
            checkEveryPhotoWasProcessed(client, photoJobs);
            checkEveryProbeArrived(client, admin, probes);
            assertEquals(productsBefore + 1, productCount(client, admin), "the storm's product, and no demo catalogue twice");
        }
    }

    /** A device of the user asks to sign in and is approved; it has not collected its token yet. */
    private static void approveADevice(ScanportClient client, String username) {
        String user = Long.toString(TestAccounts.logIn(client, username, TestAccounts.PASSWORD).json()
                .getJsonNumber("user_id").longValue());
        HttpResult requested = client.post("auth/qr-code-auth", Json.createObjectBuilder().add("user_id", user)
                .add("device_info", "Kill test").add("device_id", SURVIVING_DEVICE).build().toString(),
                "Content-Type", "application/json");
        assertEquals(201, requested.status(), requested::toString);
        HttpResult approved = client.send("PATCH", "auth/qr-code-auth/authorization_status/AUTHORIZED", null,
                "Authorization", bearer(client, username));
        assertEquals(200, approved.status(), approved::toString);
    }

    /**
     * The approval acknowledged before the kill holds: the device collects its token after the
     * restart. And this start wants the QR code's nonce: a request without one is refused.
     */
    private static void checkTheApprovedDeviceAndTheNonce(ScanportClient client, String username) {
        HttpResult collected = client.get("auth/qr-code-auth?device_id=" + SURVIVING_DEVICE);
        assertEquals(200, collected.status(), collected::toString);
        String token = collected.json().getJsonObject("data").getString("access_token");
        assertFalse(token.isEmpty(), collected::toString);
        assertEquals(200, client.get("auth/me", "Authorization", ScanportClient.bearer(token)).status());

        String user = collected.json().getJsonObject("data").getString("user_id");
        String bearer = bearer(client, username);
        HttpResult withoutNonce = client.post("auth/qr-code-auth", Json.createObjectBuilder().add("user_id", user)
                .add("device_info", "No QR").add("device_id", "kill-test-" + UUID.randomUUID().toString().replace("-", "")).build().toString(),
                "Content-Type", "application/json");
        assertEquals(400, withoutNonce.status(), withoutNonce::toString);
        assertEquals("qr_nonce is required: scan the QR code on your signed-in screen",
                withoutNonce.json().getString("message"));
        String nonce = client.get("auth/qr-code-auth/qr", "Authorization", bearer, "Accept", "application/json")
                .json().getJsonObject("data").getString("qr_nonce");
        HttpResult withNonce = client.post("auth/qr-code-auth", Json.createObjectBuilder().add("user_id", user)
                .add("device_info", "Scanned").add("device_id", "kill-test-" + UUID.randomUUID().toString().replace("-", "")).add("qr_nonce", nonce)
                .build().toString(), "Content-Type", "application/json");
        assertEquals(201, withNonce.status(), withNonce::toString);
    }

    private static String bearer(ScanportClient client, String username) {
        return ScanportClient.bearer(TestAccounts.logIn(client, username, TestAccounts.PASSWORD).json()
                .getString("access_token"));
    }

    private static int productCount(ScanportClient client, String admin) {
        HttpResult products = client.get("admin/products", "Authorization", admin);
        assertEquals(200, products.status(), products::toString);
        return products.json().getJsonArray("products").size();
    }

    /** Every probe the broker acknowledged before the kill is processed once the server is back. */
    private static void checkEveryProbeArrived(ScanportClient client, String admin, List<Long> probes) {
        Eventually.await(Duration.ofSeconds(60), () -> client.get("admin/platform/broker-probes", "Authorization", admin),
                r -> r.status() == 200 && r.json().getInt("pending") == 0, "every probe to be processed after the restart");
        for (long id : probes) {
            HttpResult probe = client.get("admin/platform/broker-probes/" + id, "Authorization", admin);
            assertEquals(200, probe.status(), () -> "probe " + id + " was lost: " + probe);
            assertFalse(probe.json().isNull("received_at"), () -> "probe " + id + ": " + probe);
        }
    }

    /** A code of a batch of one, generated and read from its sheet. */
    private static String ownerCodeOf(ScanportClient client, String staff) {
        assertEquals(200, client.get("qr?n=1", "Authorization", staff).status());
        JsonObject done = ImageDeskSuite.awaitNoBatchRunning(client, staff);
        assertEquals("done", done.getString("state"), done::toString);
        String content = PrintedCodes.read(client.getBytes("qr/download", "Authorization", staff).body()).codes().get(0);
        return content.substring(content.lastIndexOf('/') + 1);
    }

    /** Every photo acknowledged before the kill is normalized after the restart, and workers finish it. */
    private static void checkEveryPhotoWasProcessed(ScanportClient client, List<String> photoJobs) throws Exception {
        String staff = TestAccounts.staffBearer(client);
        ReferenceWorker worker = new ReferenceWorker(client.base(), TestAccounts.staffPassword());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> working = pool.submit(worker);
            JsonObject results = Eventually.await(Duration.ofSeconds(120),
                    () -> client.get("results", "Authorization", staff).json(),
                    listed -> listed.getJsonObject("results").keySet().containsAll(photoJobs),
                    "every photo to have its results");
            worker.stop();
            working.get(30, TimeUnit.SECONDS);
            assertTrue(results.getJsonObject("failed").isEmpty(), results::toString);
            for (String job : photoJobs) {
                assertEquals(2, results.getJsonObject("results").getJsonArray(job).size(), results::toString);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The batch that was running at the kill reads failed once silent too long; the desk carries on. */
    private static void checkTheBatchCutShort(ScanportClient client) {
        String staff = TestAccounts.staffBearer(client);
        JsonObject after = ImageDeskSuite.awaitNoBatchRunning(client, staff);
        long killed = after.getJsonNumber("batch").longValue();
        assertEquals("failed", after.getString("state"), () -> "the batch was cut short: " + after);
        assertEquals("The server generating the batch stopped; start it again", after.getString("failure"));
        HttpResponse<byte[]> download = client.getBytes("qr/download", "Authorization", staff);
        if (download.statusCode() == 200) {
            assertFalse(PrintedCodes.read(download.body()).pageTexts().get(0).contains("QR batch " + killed + " "),
                    "the killed batch's sheet is never offered");
        } else {
            assertEquals(404, download.statusCode(), "no batch finished on this database before");
        }
        HttpResult next = client.get("qr?n=35", "Authorization", staff);
        assertEquals(200, next.status(), next::toString);
        JsonObject done = ImageDeskSuite.awaitNoBatchRunning(client, staff);
        assertEquals("done", done.getString("state"), done::toString);
        assertTrue(done.getJsonNumber("batch").longValue() > killed);
        assertEquals(35, PrintedCodes.read(client.getBytes("qr/download", "Authorization", staff).body()).codes().size());
    }

    private long item;

    private HttpResult send(ScanportClient client, List<String> tokens, List<Long> userIds, Sent sent) {
        var body = Json.createObjectBuilder().add("token", tokens.get(sent.from()));
        if (sent.isBuy()) {
            body.add("item_id", item);
        } else {
            body.add("recipient", userIds.get(sent.to())).add("amount", sent.amount());
        }
        return client.post(sent.isBuy() ? "buy" : "transfer", body.build().toString(),
                "Content-Type", "application/json", "Idempotency-Key", sent.key());
    }

    private static void move(BigDecimal[] balances, Sent sent) {
        balances[sent.from()] = balances[sent.from()].subtract(sent.amount());
        if (!sent.isBuy()) {
            balances[sent.to()] = balances[sent.to()].add(sent.amount());
        }
    }
}
