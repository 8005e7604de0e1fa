package com.scanport.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every server running Scanport must show a client: readiness with the database's
 * schema version and a broker round trip, the JMS round trip on demand, MP-JWT with
 * 401/403/200 and each surface's error body (also where the container answers), and
 * OpenAPI with its UI. Payara Micro runs it on the WAR; Payara Server and WildFly on the EAR.
 */
public abstract class PlatformSmoke {

    protected static final String PROBES = "admin/platform/broker-probes";
    private static final String ADMIN = "admin";

    /** Awaited once per class: when the server never gets ready, every test says so at once. */
    private static AssertionError notReady;
    private static boolean ready;
    private static String adminBearer;
    private static String userBearer;

    protected ScanportClient client;
    protected TestTokens tokens;
    private ScanportClient health;

    /** Where the application answers. */
    protected abstract URI base();

    /** Where MicroProfile Health answers (the management port on WildFly). */
    protected abstract URI healthBase();

    /** The data directory the server keeps its generated signing key in. */
    protected abstract Path dataDir();

    @BeforeEach
    void connect() {
        client = new ScanportClient(base());
        health = new ScanportClient(healthBase());
        if (notReady != null) {
            throw notReady;
        }
        if (!ready) {
            try {
                Eventually.await(Duration.ofSeconds(120), () -> health.get("health/ready"),
                        r -> r.status() == 200 && r.body().contains("\"broker\""),
                        "readiness with the application's checks");
            } catch (AssertionError e) {
                notReady = e;
                throw e;
            }
            ready = true;
            adminBearer = TestAccounts.bearerOfNew(client, "smoke_admin", true);
            userBearer = TestAccounts.bearerOfNew(client, "smoke_user", false);
        }
        tokens = TestTokens.fromDataDir(dataDir());
    }

    /** "Bearer ..." of an admin who signed up and logged in through the API. */
    protected String admin() {
        return adminBearer;
    }

    protected String user() {
        return userBearer;
    }

    @Test
    void readinessReportsSchemaVersionAndBrokerRoundTrip() throws IOException {
        HttpResult ready = health.get("health/ready");
        assertEquals(200, ready.status(), ready::toString);
        JsonObject database = check(ready.json(), "database");
        assertEquals("UP", database.getString("status"));
        assertEquals(newestMigration(), database.getJsonObject("data").getString("schema_version"));
        JsonObject broker = check(ready.json(), "broker");
        assertEquals("UP", broker.getString("status"));
        assertTrue(Instant.parse(broker.getJsonObject("data").getString("last_probe_received_at"))
                .isAfter(Instant.now().minusSeconds(60)));
    }

    /** The version of the newest migration file for the server's database: the database must be at it. */
    private static String newestMigration() throws IOException {
        String dialect = System.getProperty("scanport.it.db.url", "").startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("scanport.it.sql.dir"), dialect))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max(Integer::compare)
                    .map(String::valueOf)
                    .orElseThrow();
        }
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " check in " + health));
    }

    @Test
    void anAdminWhoLoggedInListsTheUsers() {
        HttpResult users = client.get("admin/users", "Authorization", admin());
        assertEquals(200, users.status(), users::toString);
        var names = users.jsonStructure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("username")).toList();
        assertTrue(names.stream().anyMatch(n -> n.startsWith("smoke_admin_")), users::toString);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("smoke_user_")), users::toString);
        HttpResult me = client.get("auth/me", "Authorization", user());
        assertEquals(200, me.status(), me::toString);
        assertFalse(me.json().getBoolean("is_admin"));
    }

    @Test
    void adminProbeTravelsThroughTheBrokerAndIsRecorded() {
        HttpResult sent = client.post(PROBES + "?count=3", "", "Authorization", admin());
        assertEquals(202, sent.status(), sent::toString);
        var ids = sent.json().getJsonArray("probe_ids");
        assertEquals(3, ids.size());
        for (var id : ids) {
            HttpResult probe = Eventually.await(Duration.ofSeconds(30),
                    () -> client.get(PROBES + "/" + id, "Authorization", admin()),
                    r -> r.status() == 200 && !r.json().isNull("received_at"), "probe " + id);
            assertEquals(id.toString(), probe.json().get("probe_id").toString());
            assertFalse(probe.json().isNull("sent_at"));
        }
        Instant lastOfMine = ids.stream()
                .map(id -> Instant.parse(client.get(PROBES + "/" + id, "Authorization", admin()).json()
                        .getString("received_at")))
                .max(Instant::compareTo).orElseThrow();
        HttpResult report = client.get(PROBES, "Authorization", admin());
        assertEquals(200, report.status());
        JsonObject counts = report.json();
        assertEquals(counts.getJsonNumber("sent").longValue() - counts.getJsonNumber("received").longValue(),
                counts.getJsonNumber("pending").longValue(), report::toString);
        assertFalse(Instant.parse(counts.getString("last_received_at")).isBefore(lastOfMine),
                "the report has seen this test's probes arrive: " + report);
    }

    @Test
    void versionSaysWhatIsRunningWithoutAToken() {
        HttpResult version = client.get("version");
        assertEquals(200, version.status(), version::toString);
        assertTrue(version.header("Content-Type").orElse("").startsWith("application/json"), version::toString);
        JsonObject body = version.json();
        assertEquals("scanport", body.getString("name"));
        assertTrue(body.getString("version").matches("\\d+\\.\\d+\\.\\d+.*"), version::toString);
        assertTrue(body.getString("commit").matches("[0-9a-f]{7,}|unknown"), version::toString);
    }

    @Test
    void missingOrBadTokensAre401WithBearerChallengeAndTheSurfaceBody() {
        Instant inAnHour = Instant.now().plusSeconds(3600);
        String[] badTokens = {
            null,
            "not-a-jwt",
            TestTokens.foreign().token("1", ADMIN),
            tokens.token(TestTokens.ISSUER, "1", Instant.now().minusSeconds(120), ADMIN),
            tokens.token("someone-else", "1", inAnHour, ADMIN),
            unsigned(tokens.token("1", ADMIN)),
        };
        for (String token : badTokens) {
            HttpResult result = token == null
                    ? client.get(PROBES)
                    : client.get(PROBES, "Authorization", ScanportClient.bearer(token));
            assertEquals(401, result.status(), () -> token + " -> " + result);
            assertTrue(result.header("WWW-Authenticate").orElse("").startsWith("Bearer"), result::toString);
            JsonObject body = result.json();
            assertEquals(401, body.getInt("status_code"), result::toString);
            assertEquals("Not authenticated", body.getString("detail"));
        }
    }

    /** The same claims with {@code alg: none} and no signature. */
    private static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        return header + "." + token.split("\\.")[1] + ".";
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413InTheSurfacesShapeUnread() throws IOException {
        InetAddress local = InetAddress.getLoopbackAddress();
        // 100 MB declared, 10 bytes sent: the answer comes without the body being read.
        RawHttp.Answer accounts = RawHttp.exchange(client.base(), local, "POST", "auth/signup",
                RawHttp.headers("application/json", "Content-Length: 100000000"), "{\"a\":\"b\"}".getBytes());
        assertEquals(413, accounts.status(), accounts::text);
        JsonObject body = jakarta.json.Json.createReader(new java.io.StringReader(accounts.body())).readObject();
        assertEquals(413, body.getInt("status_code"));
        assertEquals("Request body is larger than 1048576 bytes", body.getString("detail"));

        RawHttp.Answer store = RawHttp.exchange(client.base(), local, "POST", "transfer",
                RawHttp.headers("application/x-www-form-urlencoded", "Content-Length: 5000000"), "a=b".getBytes());
        assertEquals(413, store.status(), store::text);
        assertEquals("{\"error\":\"Request body is larger than 1048576 bytes\"}", store.body());
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws IOException {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        byte[] piece = new byte[65_536];
        java.util.Arrays.fill(piece, (byte) ' ');
        piece[0] = '{';
        chunks.writeBytes(("10000\r\n").getBytes());
        chunks.writeBytes(piece);
        java.util.Arrays.fill(piece, (byte) ' ');
        for (int i = 1; i < 17; i++) {
            chunks.writeBytes(("\r\n10000\r\n").getBytes());
            chunks.writeBytes(piece);
        }
        chunks.writeBytes("\r\n0\r\n\r\n".getBytes());
        RawHttp.Answer answer = RawHttp.exchange(client.base(), InetAddress.getLoopbackAddress(), "POST",
                "auth/signup", RawHttp.headers("application/json", "Transfer-Encoding: chunked"), chunks.toByteArray());
        assertEquals(413, answer.status(), answer::text);
        assertTrue(answer.body().contains("\"status_code\":413"), answer::text);
    }

    @Test
    void onlyHttp1IsSpokenAndAClientOfferingAnUpgradeIsAnsweredInIt() throws Exception {
        // An h2c client that granted Payara no flow-control window made it keep its answers in the
        // heap for good: every server speaks HTTP/1.1 only. java.net.http offers the upgrade by default.
        HttpClient offering = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> answer = offering.send(HttpRequest.newBuilder(base().resolve("version")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_1_1, answer.version());
        assertEquals(200, answer.statusCode(), answer::body);
        assertTrue(answer.body().startsWith("{\"name\":\"scanport\""), answer::body);

        // With prior knowledge: the connection preface and an empty SETTINGS frame. An HTTP/2
        // server's answer starts with its own SETTINGS frame; an HTTP/1.1 one says so, or closes.
        ByteArrayOutputStream preface = new ByteArrayOutputStream();
        preface.writeBytes("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        preface.writeBytes(new byte[] {0, 0, 0, 4, 0, 0, 0, 0, 0});
        String first = new String(RawHttp.firstBytes(client.base(), preface.toByteArray(), 8, Duration.ofSeconds(5)),
                StandardCharsets.ISO_8859_1);
        assertTrue(first.isEmpty() || first.startsWith("HTTP/1."), () -> "answered " + first.chars()
                .mapToObj(Integer::toHexString).toList());
    }

    @Test
    void aPathWithAMalformedEscapeIsRefusedOrAnsweredEmptyNeverWithAServerPage() throws IOException {
        // Payara decodes the path before any filter of ours runs, and answers an empty 200.
        RawHttp.Answer answer = RawHttp.head(client.base(), "GET /auth/%zz HTTP/1.1\r\nHost: test\r\n");
        assertTrue(answer.status() < 500, answer::text);
        assertTrue(answer.body().isEmpty() || answer.body().startsWith("{\"status_code\":" + answer.status()),
                answer::text);
    }

    @Test
    void aRequestWithABodyThatAsksToUpgradeTheConnectionIsAnsweredAtOnce() throws IOException {
        // As WebSocket-minded clients and curl --http2 send it: Grizzly waited for more body after
        // the declared length until its read timeout, and the request failed with a 500 after 30 s.
        RawHttp.Answer answer = RawHttp.head(client.base(), "POST /auth/signup HTTP/1.1\r\nHost: test\r\n"
                + "Connection: Upgrade\r\nUpgrade: websocket\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\n\r\n{}", Duration.ofSeconds(10));
        assertEquals(422, answer.status(), answer::text);
    }

    @Test
    void aMultipartFormOfTooManyPartsIsRefusedAsItArrives() {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            form.append("--smoke\r\nContent-Disposition: form-data; name=\"f").append(i).append("\"\r\n\r\nx\r\n");
        }
        form.append("--smoke--\r\n");
        HttpResult answer = client.post("auth/login", form.toString(), "Content-Type", "multipart/form-data; boundary=smoke");
        assertEquals(422, answer.status(), answer::toString);
        assertTrue(answer.body().contains("more than 100 parts"), answer::toString);
    }

    @Test
    void aMultipartPartInAnEncodingIsRefusedAndAnIdentityOneIsRead() {
        String encoded = "--smoke\r\nContent-Disposition: form-data; name=\"username\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nalice\r\n--smoke--\r\n";
        HttpResult refused = client.post("auth/login", encoded, "Content-Type", "multipart/form-data; boundary=smoke");
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("Content-Transfer-Encoding other than 7bit, 8bit or binary"), refused::toString);

        // As some clients send every part: the same as without the header.
        String identity = "--smoke\r\nContent-Disposition: form-data; name=\"username\"\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\nsmoke-nobody\r\n--smoke\r\n"
                + "Content-Disposition: form-data; name=\"password\"\r\nContent-Transfer-Encoding: binary\r\n\r\n"
                + "not-the-password\r\n--smoke--\r\n";
        HttpResult read = client.post("auth/login", identity, "Content-Type", "multipart/form-data; boundary=smoke");
        assertEquals(401, read.status(), read::toString);
    }

    @Test
    void slowClientsAtOneAddressGet429OnceTheyHaveWaitedAndTricklingOrCutShortBodies408() throws IOException {
        String form = RawHttp.headers("application/x-www-form-urlencoded", "Content-Length: 1000");
        List<RawHttp.Pending> silent = new ArrayList<>();
        try (RawHttp.Pending trickling = RawHttp.Pending.start(client.base(), InetAddress.getByName("127.0.0.78"),
                "POST", "auth/login", form)) {
            // One address declares 40 bodies at once and sends none: a burst is let in, but once
            // more than 8 of its reads have waited a second, its next requests are refused at once.
            InetAddress slow = InetAddress.getByName("127.0.0.77");
            for (int i = 0; i < 40; i++) {
                silent.add(RawHttp.Pending.start(client.base(), slow, "POST", "auth/login", form));
            }
            List<RawHttp.Answer> refused = new ArrayList<>();
            Instant until = Instant.now().plusSeconds(20);
            while (refused.size() < 5 && Instant.now().isBefore(until)) {
                RawHttp.Pending next = RawHttp.Pending.start(client.base(), slow, "POST", "auth/login", form);
                silent.add(next);
                RawHttp.Answer answer = next.answerWithin(Duration.ofMillis(500));
                if (answer != null) {
                    refused.add(answer);
                }
            }
            assertEquals(5, refused.size(), () -> refused.toString());
            for (RawHttp.Answer answer : refused) {
                assertEquals(429, answer.status(), answer::text);
                assertTrue(answer.hasHeader("Retry-After", "1"), answer::text);
                assertTrue(answer.body().contains("\"status_code\":429"), answer::text);
            }
            for (RawHttp.Pending held : silent.subList(0, 40)) {
                assertNull(held.answerWithin(Duration.ofMillis(1)), "the burst waits for its bodies");
            }
            // Everyone else is served meanwhile.
            HttpResult version = client.get("version");
            assertEquals(200, version.status(), version::toString);
            // A body that arrives a byte at a time is cut off once its first seconds have passed.
            RawHttp.Answer cutOff = null;
            until = Instant.now().plusSeconds(20);
            while (cutOff == null && Instant.now().isBefore(until)) {
                try {
                    trickling.send(new byte[] {'a'});
                } catch (IOException answered) {
                    // The server answers and closes as soon as it gives up on the body.
                }
                cutOff = trickling.answerWithin(Duration.ofMillis(250));
            }
            assertTrue(cutOff != null, "the trickling body was never cut off");
            assertEquals(408, cutOff.status(), cutOff.text());
            assertTrue(cutOff.body().contains("\"status_code\":408"), cutOff.text());
            assertTrue(cutOff.hasHeader("Connection", "close"), cutOff.text());
            // A body that ends before its declared length is never taken for a shorter one: it is
            // 408, or (Grizzly closes a half-closed connection) no answer at all; never a login's 401.
            try (RawHttp.Pending cutShort = RawHttp.Pending.start(client.base(), InetAddress.getByName("127.0.0.79"),
                    "POST", "auth/login", form)) {
                cutShort.send("username=a&password=".getBytes());
                cutShort.endBody();
                RawHttp.Answer answer = cutShort.answerOrClose(Duration.ofSeconds(10));
                if (answer != null) {
                    assertEquals(408, answer.status(), answer::text);
                    assertTrue(answer.body().contains("did not arrive in full"), answer::text);
                }
            }
        } finally {
            for (RawHttp.Pending pending : silent) {
                pending.close();
            }
        }
    }

    @Test
    void aCharsetThisServerDoesNotKnowIs415() {
        HttpResult json = client.post("auth/signup", "{}", "Content-Type", "application/json; charset=bogus");
        assertEquals(415, json.status(), json::toString);
        assertEquals(415, json.json().getInt("status_code"), json::toString);
        HttpResult form = client.post("auth/login", "username=a&password=b",
                "Content-Type", "application/x-www-form-urlencoded; charset=utf-99");
        assertEquals(415, form.status(), form::toString);
        String boundary = "b0undary";
        HttpResult part = client.post("auth/login", "--" + boundary + "\r\nContent-Disposition: form-data; name=\"username\""
                + "\r\nContent-Type: text/plain; charset=utf-99\r\n\r\nann\r\n--" + boundary + "--\r\n",
                "Content-Type", "multipart/form-data; boundary=" + boundary);
        assertTrue(Set.of(400, 415, 422).contains(part.status()), "a part in a charset nobody knows: " + part);
        assertEquals(part.status(), part.json().getInt("status_code"), part::toString);
    }

    @Test
    void anAcceptWithAMalformedQualityIs400() {
        for (String accept : new String[] {"text/html;q=abc", "application/json;q=2", "*/*; q=0.5x"}) {
            HttpResult answer = client.get("version", "Accept", accept);
            assertEquals(400, answer.status(), accept + ": " + answer);
            assertEquals(400, answer.json().getInt("status_code"), answer::toString);
        }
        HttpResult weighted = client.get("version", "Accept", "text/html;q=0.9, application/json;q=0.8");
        assertEquals(200, weighted.status(), weighted::toString);
    }

    @Test
    void formFieldsInTheUrlAreRefused() {
        for (String path : new String[] {"auth/login?username=ann&password=secret1234", "login?token=abc"}) {
            HttpResult empty = client.post(path, "", "Content-Type", "application/x-www-form-urlencoded");
            assertEquals(400, empty.status(), path + ": " + empty);
            assertTrue(empty.body().contains("Form fields belong in the request body"), empty::toString);
        }
        HttpResult both = client.post("auth/login?x=1", "username=ann&password=secret1234",
                "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(400, both.status(), both::toString);
    }

    @Test
    void aBodyWithoutAMediaTypeIs415() {
        for (String type : new String[] {null, "*/*", "application/*"}) {
            HttpResult answer = client.send(type == null
                    ? client.request("auth/login").POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=a")).build()
                    : client.request("auth/login").header("Content-Type", type)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=a")).build());
            assertEquals(415, answer.status(), type + ": " + answer);
            assertEquals(415, answer.json().getInt("status_code"), answer::toString);
        }
    }

    @Test
    void answersForbidSniffingAndCachingAndTheUiLoadsOnlyItsOwnScripts() {
        for (HttpResult answer : new HttpResult[] {client.get("version"), client.get("no/such/path"),
                client.get("auth/me", "Authorization", user())}) {
            assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(null), answer::toString);
            assertEquals("no-store", answer.header("Cache-Control").orElse(null), answer::toString);
        }
        HttpResult page = client.get("openapi-ui");
        String policy = page.header("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        HttpResult init = client.get("openapi-ui/scanport-init.js");
        assertTrue(init.body().contains("validatorUrl: null"), "no badge from the public validator: " + init.body());
        assertTrue(init.body().contains("persistAuthorization: false"), init.body());
        assertTrue(client.get("openapi-ui/swagger-ui.css").header("Cache-Control").orElse("").contains("max-age"),
                "the UI's own files may be cached");
    }

    @Test
    void wellSignedTokensWithTimesThisServerNeverGivesAreRefused() {
        JsonObject real = TestTokens.claimsOf(user().substring("Bearer ".length()));
        long now = Instant.now().getEpochSecond();
        assertEquals(200, me(retimed(real, now - 5, null, now + 600)), "a re-signed copy with ordinary times works");
        assertEquals(200, me(retimed(real, now + 30, now + 30, now + 600)), "within a minute of clock skew");
        assertEquals(401, me(retimed(real, now + 300, null, now + 900)), "issued five minutes from now");
        assertEquals(401, me(retimed(real, now - 5, now + 300, now + 900)), "valid only from five minutes from now");
        assertEquals(401, me(retimed(real, now - 5, null, now + 7 * 86_400)), "a week's life, longer than any login's");
    }

    @Test
    void aTokenInUseIsRefusedOnceItExpiresAndACopyWithAnotherSignatureIsNeverTaken() {
        JsonObject real = TestTokens.claimsOf(user().substring("Bearer ".length()));
        long now = Instant.now().getEpochSecond();
        String shortLived = retimed(real, now - 5, null, now + 5);
        assertEquals(200, me(shortLived), "good until it expires");
        String[] parts = shortLived.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertEquals(401, me(otherSignature), "the same claims under a signature the server never made");
        // No server takes it past its expiry and allowed clock skew (none on Payara, 60 s on WildFly).
        Eventually.await(Duration.ofSeconds(90), () -> me(shortLived), status -> status == 401,
                "the used token to be refused after its expiry");
        assertEquals(200, me(retimed(real, now - 5, null, now + 600)), "a token of its own is verified afresh");
    }

    private int me(String token) {
        return client.get("auth/me", "Authorization", ScanportClient.bearer(token)).status();
    }

    private String retimed(JsonObject claims, long issuedAt, Long notBefore, long expiresAt) {
        var copy = jakarta.json.Json.createObjectBuilder(claims).add("iat", issuedAt).add("exp", expiresAt);
        if (notBefore != null) {
            copy.add("nbf", notBefore);
        }
        return tokens.sign(copy.build());
    }

    @Test
    void validTokenWithoutTheRoleIs403AndWithItIs200() {
        HttpResult result = client.get(PROBES, "Authorization", user());
        assertEquals(403, result.status(), result::toString);
        assertEquals(403, result.json().getInt("status_code"));
        assertEquals("This operation requires admin privileges", result.json().getString("detail"));
        HttpResult admin = client.get(PROBES, "Authorization", admin());
        assertEquals(200, admin.status(), admin::toString);
    }

    @Test
    void unknownPathsAnswer404InEachSurfacesShape() {
        HttpResult accounts = client.get("no/such/path");
        assertEquals(404, accounts.status());
        assertEquals("Not Found", accounts.json().getString("detail"));
        assertEquals(404, accounts.json().getInt("status_code"));

        HttpResult imageDesk = client.get("carousel/no/such/thing");
        assertEquals(404, imageDesk.status());
        assertEquals("{\"detail\":\"Not Found\"}", imageDesk.body());

        HttpResult store = client.get("get-balance/x/y");
        assertEquals(404, store.status());
        assertEquals("{\"error\":\"Not Found\"}", store.body());

        HttpResult deviceLogin = client.get("auth/qr-code-auth/unknown/x");
        assertEquals(404, deviceLogin.status());
        assertEquals("{\"message\":\"Not Found\"}", deviceLogin.body());
    }

    @Test
    void openApiDescribesTheProtectedEndpointAndTheUiIsServedLocally() {
        HttpResult document = client.get("openapi", "Accept", "application/json");
        assertEquals(200, document.status(), document::toString);
        JsonObject openapi = document.json();
        assertTrue(openapi.getJsonObject("paths").containsKey("/" + PROBES), document::toString);
        assertEquals("bearer", openapi.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("bearer").getString("scheme"));
        // The UI names each operation by tag and id: two operations with one id collide there.
        List<String> operationIds = openapi.getJsonObject("paths").values().stream()
                .flatMap(item -> item.asJsonObject().values().stream())
                .filter(operation -> operation.getValueType() == jakarta.json.JsonValue.ValueType.OBJECT)
                .map(operation -> operation.asJsonObject().getString("operationId", null))
                .filter(java.util.Objects::nonNull)
                .toList();
        assertEquals(Set.copyOf(operationIds).size(), operationIds.size(), "operation ids repeat: " + operationIds);

        HttpResult page = client.get("openapi-ui");
        assertEquals(200, page.status(), page::toString);
        assertFalse(page.body().contains("http://") || page.body().contains("https://"),
                "the UI page must not load anything from outside this server: " + page.body());
        String bundle = page.body().replaceAll("(?s).*src=\"([^\"]*swagger-ui-bundle\\.js)\".*", "$1");
        HttpResult script = client.get(URI.create(bundle).getPath());
        assertEquals(200, script.status());
        assertTrue(script.header("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(script.body().length() > 100_000, "the real swagger-ui bundle");
    }

    /** The server's own /openapi (on WildFly outside the application, with error pages of its own). */
    @Test
    void openApiAnswersAnAcceptItCannotServeInJson() {
        for (String accept : new String[] {"application/xml", "text/html"}) {
            HttpResult answer = client.get("openapi", "Accept", accept);
            assertEquals(406, answer.status(), answer::toString);
            assertOurs(answer);
        }
        HttpResult head = client.send(client.request("openapi").header("Accept", "text/html")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(406, head.status(), head::toString);
        // Headers it cannot parse or charsets it does not know: the document, or an error of ours.
        String[][] headers = {{"Accept", "garbage"}, {"Accept", "application/json;q=abc"}, {"Accept", "*/*;q=abc"},
            {"Accept-Charset", "bogus"}, {"Accept-Charset", "*"}};
        for (String[] header : headers) {
            HttpResult answer = client.get("openapi", header[0], header[1]);
            assertTrue(answer.status() == 200 || answer.status() >= 400 && answer.status() < 500,
                    () -> header[0] + ": " + header[1] + " -> " + answer);
            assertOurs(answer);
        }
    }

    @Test
    void unsupportedMethodsAndMediaTypesAnswerInJsonWhoeverServesThePath() {
        HttpResult[] answers = {
            client.send(client.request("health/ready").method("PATCH", HttpRequest.BodyPublishers.noBody()).build()),
            client.send(client.request("health/ready").method("FOO", HttpRequest.BodyPublishers.noBody()).build()),
            client.send(client.request("health/ready").DELETE().build()),
            client.send(client.request("version").method("PROPFIND", HttpRequest.BodyPublishers.noBody()).build()),
            client.get("application.wadl"),
            client.get("openapi/application.wadl"),
        };
        for (HttpResult answer : answers) {
            assertOurs(answer);
            assertTrue(answer.status() < 500, answer::toString);
        }
        assertEquals(404, client.get("application.wadl").status());
    }

    @Test
    void optionsAnswersWithAllowAndNoBody() {
        for (String path : new String[] {"version", "auth/me", "openapi", "openapi-ui"}) {
            HttpResult answer = client.send(client.request(path)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            assertTrue(answer.status() == 200 || answer.status() == 204, answer::toString);
            assertEquals("", answer.body(), answer::toString);
            assertTrue(answer.header("Allow").orElse("").contains("GET"), answer::toString);
        }
    }

    @Test
    void metricsAreNotServedOnTheApplicationsPort() {
        for (String path : new String[] {"metrics", "metrics/base", "metrics/vendor"}) {
            for (String bearer : new String[] {null, user(), admin()}) {
                HttpResult answer = bearer == null ? client.get(path) : client.get(path, "Authorization", bearer);
                assertTrue(answer.status() >= 400, answer::toString);
                assertOurs(answer);
            }
        }
    }

    @Test
    void noAnswerNamesTheServerNorItsVersion() throws IOException {
        RawHttp.Answer badVersion = RawHttp.head(client.base(), "GET /version HTTP/9.9\r\nHost: localhost\r\n");
        assertTrue(badVersion.status() == 505 || badVersion.status() == 400, badVersion::text);
        assertTrue(badVersion.body().isEmpty() || badVersion.body().startsWith("{"), badVersion::text);
        assertNoServerName(badVersion.text());
        RawHttp.Answer noHost = RawHttp.head(client.base(), "GET /version HTTP/1.1\r\nConnection: close\r\n");
        assertNoServerName(noHost.text());
        for (HttpResult answer : new HttpResult[] {client.get("version"), client.get("no/such/path"),
                client.get("openapi"), client.get(PROBES), client.get("auth/me", "Authorization", user())}) {
            assertNoServerName(answer.response().headers().map().toString() + answer.body());
        }
    }

    private static void assertNoServerName(String answer) {
        String lower = answer.toLowerCase(java.util.Locale.ROOT);
        for (String name : new String[] {"server:", "server=", "x-powered-by", "payara", "glassfish", "wildfly",
                "undertow", "jboss"}) {
            assertFalse(lower.contains(name), () -> name + " in " + answer);
        }
    }

    /** An error in the accounts surface's JSON body (every path outside the other surfaces is theirs), never a server page. */
    protected static void assertOurs(HttpResult answer) {
        assertFalse(answer.header("Content-Type").orElse("").contains("html"), answer::toString);
        assertFalse(answer.body().contains("wadl"), answer::toString);
        if (answer.status() >= 400) {
            assertTrue(answer.header("Content-Type").orElse("").startsWith("application/json"), answer::toString);
            assertEquals(answer.status(), answer.json().getInt("status_code"), answer::toString);
        }
    }
}
