package com.scanport.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
}
