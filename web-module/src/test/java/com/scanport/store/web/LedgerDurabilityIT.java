package com.scanport.store.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.testing.HttpResult;
import com.scanport.testing.MicroProcess;
import com.scanport.testing.ScanportClient;
import com.scanport.testing.TestAccounts;
import jakarta.json.Json;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
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
 * Fault test: a storm of crossing transfers (and every tenth request a buy) from many threads,
 * each with its own Idempotency-Key, and a {@code kill -9} of Payara Micro in the middle of it. After the
 * restart every request is sent again with its key: each answers the id it had (or is applied
 * now, if it never was), so the set of transfers is known exactly; every balance must then be
 * what those transfers make it, and the audit must hold. Nothing acknowledged is lost, nothing
 * is applied twice. Runs on the run's database (H2, or PostgreSQL in the PostgreSQL run).
 */
class LedgerDurabilityIT {

    private static final int USERS = 6;
    private static final int THREADS = 12;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 1500;
    private static final BigDecimal PRICE = new BigDecimal("2");

    /** One transfer (or, with {@code to} -1, one buy) as the client sent it. */
    record Sent(String key, int from, int to, BigDecimal amount) {

        boolean isBuy() {
            return to < 0;
        }
    }

    @Test
    void acknowledgedTransfersSurviveKill9AndNoneIsAppliedTwice() throws Exception {
        Path dir = Path.of(System.getProperty("scanport.it.dir"), "ledger-fault");
        Path dataDir = dir.resolve("data");
        Path log = dir.resolve("payara-micro.log");
        int httpPort = Integer.parseInt(System.getProperty("scanport.it.fault.http.port"));

        List<Long> userIds = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        Map<Sent, Long> answered = new ConcurrentHashMap<>();
        List<Sent> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());
        String admin;
        try (MicroProcess server = MicroProcess.start(dataDir, httpPort, log)) {
            ScanportClient client = server.client();
            admin = TestAccounts.bearerOfNew(client, "ledger_admin", true);
            HttpResult product = client.post("admin/products", Json.createObjectBuilder().add("description", "Storm goods")
                    .add("unit_price", PRICE).add("stock", 1_000_000).build().toString(),
                    "Content-Type", "application/json", "Authorization", admin);
            assertEquals(201, product.status(), product::toString);
            item = product.json().getJsonNumber("item_no_").longValue();
            for (int i = 0; i < USERS; i++) {
                String username = TestAccounts.uniqueName("ledger" + i);
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
            server.kill();
            for (Future<?> thread : storm) {
                thread.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }

        try (MicroProcess server = MicroProcess.start(dataDir, httpPort, log)) {
            ScanportClient client = server.client();
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
        }
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
