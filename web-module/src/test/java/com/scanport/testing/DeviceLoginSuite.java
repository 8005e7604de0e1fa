package com.scanport.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Seed 003, device login, as a new device and its user meet it: the QR code, the device's
 * request and polls, the user's decision by cookie or bearer, the token collected once, the
 * user's devices and signing one out; and the attacks a QR login must survive. An interface,
 * so that it runs in the accounts suite's server (one server start less per run): device login
 * is a way to sign in as an account.
 */
public interface DeviceLoginSuite {

    String PATH = "auth/qr-code-auth";
    String JSON = "application/json";

    /** The client of the server under test ({@link ServerSuite#client()}). */
    ScanportClient client();

    /** A user: id, "Bearer ..." header value, and the bare token (the rds-session cookie's value). */
    record User(String id, String bearer, String token) {
    }

    private User newUser(String prefix) {
        TestAccounts.SignedIn user = TestAccounts.signedInNew(client(), prefix, false);
        return new User(Long.toString(user.id()), user.bearer(), user.token());
    }

    private static String deviceId() {
        return "dev-" + UUID.randomUUID().toString().replace("-", "");
    }

    private HttpResult register(String body, String contentType) {
        return client().post(PATH, body, "Content-Type", contentType);
    }

    private HttpResult register(String userId, String deviceId, String nonce) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("user_id", userId).add("device_info", "Pixel 8")
                .add("device_id", deviceId);
        if (nonce != null) {
            body.add("qr_nonce", nonce);
        }
        return register(body.build().toString(), JSON);
    }

    private HttpResult poll(String deviceId) {
        return client().get(PATH + "?device_id=" + deviceId);
    }

    /** Polls as a device does, waiting when told to, until the document is no longer waiting. */
    private HttpResult pollUntilDecided(String deviceId) {
        return Eventually.await(Duration.ofSeconds(20), () -> poll(deviceId),
                r -> r.status() == 200 && !"NOT_INIT".equals(r.json().getJsonObject("data").getString("authorization_status")),
                "the device's document to be decided");
    }

    private HttpResult decide(String status, String... headers) {
        return client().send("PATCH", PATH + "/authorization_status/" + status, null, headers);
    }

    private static void assertError(int status, String message, HttpResult answer) {
        assertEquals(status, answer.status(), answer::toString);
        assertEquals(message, answer.json().getString("message"), answer::toString);
        if (status == 400 || status == 401) {
            assertEquals(Set.of("statusCode", "error", "message"), answer.json().keySet(), answer::toString);
            assertEquals(status, answer.json().getInt("statusCode"));
        } else {
            assertEquals(Set.of("message"), answer.json().keySet(), answer::toString);
        }
    }

    @Test
    default void aNewDeviceSignsInWithTheUsersApprovalAndCollectsItsTokenOnce() throws Exception {
        User user = newUser("owner");

        // The signed-in screen shows a QR code; the new device reads it.
        HttpResponse<byte[]> png = client().getBytes(PATH + "/qr", "Authorization", user.bearer());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        String content = ScreenCodes.read(png.body());
        JsonObject scanned = Json.createReader(new StringReader(content)).readObject();
        assertEquals(user.id(), scanned.getString("user_id"));
        assertTrue(scanned.getString("qr_nonce").length() >= 40, content);

        String device = deviceId();
        HttpResult created = register(Json.createObjectBuilder().add("device_info", "Pixel 8, Android 15")
                .add("user_id", user.id()).add("device_id", device).add("qr_nonce", scanned.getString("qr_nonce"))
                .build().toString(), "application/json; charset=utf-8");
        assertEquals(201, created.status(), created::toString);
        assertEquals(Json.createObjectBuilder().add("message", "authentication document created successfully.")
                .add("data", Json.createObjectBuilder().add("user_id", user.id()).add("device_info", "Pixel 8, Android 15")
                        .add("device_id", device).add("authorization_status", "NOT_INIT")).build(), created.json());
        assertError(409, "The authentication document has already been created", register(user.id(), device, null));

        HttpResult waiting = poll(device);
        assertEquals(200, waiting.status(), waiting::toString);
        assertEquals("Authentication document retrieved successfully.", waiting.json().getString("message"));
        assertEquals("NOT_INIT", waiting.json().getJsonObject("data").getString("authorization_status"));
        assertEquals("", waiting.json().getJsonObject("data").getString("access_token"));

        // The user sees what asks to sign in, then approves it with the web frontend's cookie.
        HttpResult pending = client().get(PATH + "/pending", "Cookie", "rds-session=" + user.token());
        assertEquals(200, pending.status(), pending::toString);
        JsonObject shown = pending.json().getJsonArray("data").getJsonObject(0);
        assertEquals(device, shown.getString("device_id"));
        assertEquals("Pixel 8, Android 15", shown.getString("device_info"));
        assertTrue(shown.getBoolean("via_qr"));
        assertFalse(shown.getString("requested_from").isEmpty());
        assertFalse(shown.getString("created_at").isEmpty());

        HttpResult approved = decide("AUTHORIZED", "Cookie", "rds-session=" + user.token(), "Content-Type", JSON);
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("Authentication document for user " + user.id() + " updated successfully.",
                approved.json().getString("message"));
        assertEquals("AUTHORIZED", approved.json().getJsonObject("data").getString("authorization_status"));
        assertEquals("Pixel 8, Android 15", approved.json().getJsonObject("data").getString("device_info"));
        assertEquals(user.id(), approved.json().getJsonObject("data").getString("user_id"));

        HttpResult head = client().send(client().request(PATH + "?device_id=" + device)
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(405, head.status(), "a HEAD (a prefetch) must not collect the token: " + head);
        HttpResult collected = pollUntilDecided(device);
        assertEquals("AUTHORIZED", collected.json().getJsonObject("data").getString("authorization_status"));
        String deviceToken = collected.json().getJsonObject("data").getString("access_token");
        assertFalse(deviceToken.isEmpty(), collected::toString);
        assertTrue(collected.header("Cache-Control").orElse("").contains("no-store"));

        // The device's token is the user's; it is handed out once.
        HttpResult me = client().get("auth/me", "Authorization", ScanportClient.bearer(deviceToken));
        assertEquals(200, me.status(), me::toString);
        assertEquals(Long.parseLong(user.id()), me.json().getJsonNumber("id").longValue());
        String deviceBearer = ScanportClient.bearer(deviceToken);
        String refused = "A device's token cannot approve, sign out or invite devices: sign in with your password";
        assertError(403, refused, decide("AUTHORIZED", "Authorization", deviceBearer));
        assertError(403, refused, client().get(PATH + "/qr", "Authorization", deviceBearer, "Accept", JSON));
        assertError(403, refused, client().send("DELETE", "auth/devices/" + device, null, "Authorization", deviceBearer));
        HttpResult again = Eventually.await(Duration.ofSeconds(10), () -> poll(device), r -> r.status() == 200,
                "the next poll");
        assertEquals("COLLECTED", again.json().getJsonObject("data").getString("authorization_status"));
        assertEquals("", again.json().getJsonObject("data").getString("access_token"));

        // The user sees the device and signs it out; its token is refused everywhere from then on.
        HttpResult devices = client().get("auth/devices", "Authorization", user.bearer());
        assertEquals(200, devices.status(), devices::toString);
        assertTrue(devices.json().getJsonArray("data").stream().anyMatch(d -> d.asJsonObject().getString("device_id")
                .equals(device)), devices::toString);
        HttpResult signedOut = client().send("DELETE", "auth/devices/" + device, null, "Authorization", user.bearer());
        assertEquals(200, signedOut.status(), signedOut::toString);
        assertEquals(401, client().get("auth/me", "Authorization", ScanportClient.bearer(deviceToken)).status());
        assertError(401, "Unauthenticated User.", client().get("auth/devices", "Authorization",
                ScanportClient.bearer(deviceToken)));
        assertError(401, "Unauthenticated User.", client().get(PATH + "/pending", "Cookie", "rds-session=" + deviceToken));
        assertEquals(200, client().get("auth/me", "Authorization", user.bearer()).status(), "the user's own token still works");
        assertError(404, "Device not found", client().send("DELETE", "auth/devices/" + device, null,
                "Authorization", user.bearer()));
    }

    @Test
    default void theSeedsErrorsComeInItsTwoShapes() {
        User user = newUser("shapes");
        assertError(401, "Unauthenticated User.", decide("AUTHORIZED", "Content-Type", JSON));
        assertError(401, "Unauthenticated User.", decide("AUTHORIZED", "Cookie", "rds-session=not-a-token"));
        assertError(401, "Unauthenticated User.", client().get(PATH + "/pending"));
        assertError(400, "invalid query parameters passed",
                client().get(PATH + "?user_id=GTB4UUtlKwGemRN2lwBp11&mobileId=3ioui23u29sjkdnsjkndsk"));
        assertError(400, "invalid query parameters passed", client().get(PATH));
        assertError(400, "invalid query parameters passed", poll("short"));
        assertError(404, "No Authentication found.", poll(deviceId()));
        assertError(404, "Document not found", decide("AUTHORIZED", "Authorization", user.bearer()));
        assertError(400, "authorization_status must be NOT_INIT, AUTHORIZED or REJECTED",
                decide("APPROVED", "Authorization", user.bearer()));
        assertError(400, "invalid query parameters passed", client().send("PATCH", PATH
                + "/authorization_status/AUTHORIZED?deviceId=" + deviceId(), null, "Authorization", user.bearer()));

        assertError(404, "User with id 987654321987 does not exist.", register("987654321987", deviceId(), null));
        HttpResult number = register("{\"user_id\": " + user.id() + ", \"device_info\": \"Tablet\", \"device_id\": \""
                + deviceId() + "\"}", JSON);
        assertEquals(201, number.status(), "a JSON number is a user id too: " + number);
        assertEquals(user.id(), number.json().getJsonObject("data").getString("user_id"));

        String device = deviceId();
        for (String bad : List.of(
                "{\"device_info\": \"x\", \"device_id\": \"" + device + "\"}",
                "{\"user_id\": \"" + user.id() + "\", \"device_id\": \"" + device + "\"}",
                "{\"user_id\": \"" + user.id() + "\", \"device_info\": \"x\"}",
                "{\"user_id\": true, \"device_info\": \"x\", \"device_id\": \"" + device + "\"}",
                "{\"user_id\": \"" + user.id() + "\", \"device_info\": 5, \"device_id\": \"" + device + "\"}",
                "{\"user_id\": \"" + user.id() + "\", \"device_info\": \"x\", \"device_id\": \"" + device + "\", \"extra\": 1}",
                "{\"user_id\": \"" + user.id() + "\", \"device_info\": \"x\", \"device_id\": \"tooShort123\"}",
                "{\"user_id\": \"" + user.id() + "\", \"device_info\": \"x\", \"device_id\": \"" + "\\u0001".repeat(20) + "\"}",
                "{\"user_id\": \"" + user.id() + "\", \"device_info\": \"x\", \"device_id\": \"" + "a".repeat(129) + "\"}",
                "{\"user_id\": \"" + user.id() + "\", \"device_info\": \"\\u0007bell\", \"device_id\": \"" + device + "\"}",
                "{\"user_id\": \"" + user.id() + "\", \"device_info\": \"Alice \\u202Egnp.exe\", \"device_id\": \"" + device + "\"}",
                "[]", "{", "")) {
            HttpResult answer = register(bad, JSON);
            assertEquals(400, answer.status(), bad + " -> " + answer);
            assertEquals(Set.of("statusCode", "error", "message"), answer.json().keySet(), bad + " -> " + answer);
        }
        assertEquals(404, poll(device).status(), "no bad request made a document");
        assertEquals(415, register("user_id=1", "text/plain").status());
    }

    @Test
    default void nobodyButTheUserDecidesAndNothingEndedCanBeCollected() throws Exception {
        User victim = newUser("victim");
        User attacker = newUser("attacker");
        String device = deviceId();
        assertEquals(201, register(victim.id(), device, null).status());

        // Another user cannot approve it, whether or not they name the device.
        assertError(404, "Document not found", decide("AUTHORIZED", "Authorization", attacker.bearer()));
        assertError(404, "Document not found", client().send("PATCH", PATH + "/authorization_status/AUTHORIZED?device_id="
                + device, null, "Authorization", attacker.bearer()));
        assertEquals("NOT_INIT", poll(device).json().getJsonObject("data").getString("authorization_status"));

        // Several waiting: the user names one, by body or query.
        String second = deviceId();
        assertEquals(201, register(victim.id(), second, null).status());
        assertError(400, "Several devices are waiting for approval: name one with device_id",
                decide("REJECTED", "Authorization", victim.bearer()));
        HttpResult rejected = client().send("PATCH", PATH + "/authorization_status/REJECTED",
                "{\"device_id\": \"" + device + "\"}", "Authorization", victim.bearer(), "Content-Type", JSON);
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals(device, rejected.json().getJsonObject("data").getString("device_id"));
        HttpResult ended = pollUntilDecided(device);
        assertEquals("REJECTED", ended.json().getJsonObject("data").getString("authorization_status"));
        assertEquals("", ended.json().getJsonObject("data").getString("access_token"));
        assertError(404, "Document not found", client().send("PATCH", PATH + "/authorization_status/AUTHORIZED?device_id="
                + device, null, "Authorization", victim.bearer()));

        // Approved, and polled by many at once: exactly one poll gets the token, and no later one.
        assertEquals(200, decide("AUTHORIZED", "Authorization", victim.bearer()).status());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<HttpResult> answers = new ArrayList<>();
        try {
            List<Future<HttpResult>> polls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                polls.add(pool.submit(() -> poll(second)));
            }
            for (Future<HttpResult> answer : polls) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        answers.add(Eventually.await(Duration.ofSeconds(10), () -> poll(second), r -> r.status() == 200, "a later poll"));
        assertTrue(answers.stream().allMatch(r -> r.status() == 200 || r.status() == 429), answers::toString);
        assertEquals(1, answers.stream().filter(r -> r.status() == 200
                && !r.json().getJsonObject("data").getString("access_token").isEmpty()).count(), answers::toString);
        assertEquals("COLLECTED", answers.get(answers.size() - 1).json().getJsonObject("data")
                .getString("authorization_status"));
    }

    @Test
    default void devicesPollNoFasterThanAllowedAndQrNoncesWorkOnce() throws Exception {
        User user = newUser("poller");
        String device = deviceId();
        assertEquals(201, register(user.id(), device, null).status());
        List<HttpResult> burst = new ArrayList<>();
        for (int i = 0; i < 20 && burst.stream().noneMatch(r -> r.status() == 429); i++) {
            burst.add(poll(device));
        }
        HttpResult tooFast = burst.stream().filter(r -> r.status() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("polls in a row, none refused: " + burst));
        long limit = Long.getLong("scanport.it.device-login.poll-seconds", 5);
        long retryAfter = Long.parseLong(tooFast.header("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1 && retryAfter <= limit, tooFast::toString);
        assertEquals(Set.of("message"), tooFast.json().keySet());

        String nonce = client().get(PATH + "/qr", "Authorization", user.bearer(), "Accept", JSON)
                .json().getJsonObject("data").getString("qr_nonce");
        assertEquals(201, register(user.id(), deviceId(), nonce).status());
        assertError(400, "The QR code is invalid, used or expired: scan it again", register(user.id(), deviceId(), nonce));
        User other = newUser("other");
        String othersNonce = client().get(PATH + "/qr", "Cookie", "rds-session=" + other.token(), "Accept", JSON)
                .json().getJsonObject("data").getString("qr_nonce");
        assertError(400, "The QR code is invalid, used or expired: scan it again",
                register(user.id(), deviceId(), othersNonce));
    }

    @Test
    default void floodsAreThrottled() throws Exception {
        User user = newUser("flooded");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(register(user.id(), deviceId(), null).status());
        }
        assertEquals(List.of(201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 429, 429), statuses,
                "ten requests for one user per window");
        String nonce = client().get(PATH + "/qr", "Authorization", user.bearer(), "Accept", JSON)
                .json().getJsonObject("data").getString("qr_nonce");
        assertEquals(201, register(user.id(), deviceId(), nonce).status(),
                "a device that scanned the user's own QR code is not held up by the flood");

        // From an address of its own, so that its window does not block the other tests.
        InetAddress address = InetAddress.getByName("127.0.0.23");
        int limit = Integer.getInteger("scanport.it.device-login.max-unknown-users", 20);
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i <= limit; i++) {
            unknown.add(RawHttp.post(client().base(), address, PATH, JSON, "{\"user_id\": \"" + (900_000_000_000L + i)
                    + "\", \"device_info\": \"x\", \"device_id\": \"" + deviceId() + "\"}").status());
        }
        assertEquals(java.util.Collections.nCopies(limit, 404), unknown.subList(0, limit));
        assertEquals(429, unknown.get(limit));
        assertEquals(429, RawHttp.post(client().base(), address, PATH, JSON, "{\"user_id\": \"" + user.id()
                + "\", \"device_info\": \"x\", \"device_id\": \"" + deviceId() + "\"}").status(),
                "then every request from the address waits, for a user that exists too: the 429 tells nothing");

        // Guessing device ids: polls of unknown ones, from an address of their own.
        InetAddress prober = InetAddress.getByName("127.0.0.24");
        List<Integer> probes = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            probes.add(RawHttp.exchange(client().base(), prober, "GET", PATH + "?device_id=" + deviceId(), "", new byte[0])
                    .status());
        }
        assertEquals(java.util.Collections.nCopies(100, 404), probes.subList(0, 100));
        assertEquals(429, probes.get(100));
    }

    @Test
    default void aNewPasswordEndsAnApprovalTheDeviceHasNotCollected() {
        User user = newUser("careful");
        String device = deviceId();
        assertEquals(201, register(user.id(), device, null).status());
        assertEquals(200, decide("AUTHORIZED", "Authorization", user.bearer()).status());
        HttpResult changed = client().send("PUT", "auth/me/password", Json.createObjectBuilder()
                .add("old_password", TestAccounts.PASSWORD).add("new_password", "a brand new passphrase")
                .build().toString(), "Authorization", user.bearer(), "Content-Type", JSON);
        assertEquals(200, changed.status(), changed::toString);
        HttpResult polled = poll(device);
        assertEquals(200, polled.status(), polled::toString);
        assertEquals("REJECTED", polled.json().getJsonObject("data").getString("authorization_status"));
        assertEquals("", polled.json().getJsonObject("data").getString("access_token"));
    }
}
