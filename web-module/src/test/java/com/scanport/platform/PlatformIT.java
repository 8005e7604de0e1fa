package com.scanport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.testing.Deployments;
import com.scanport.testing.Eventually;
import com.scanport.testing.HttpResult;
import com.scanport.testing.ScanportClient;
import com.scanport.testing.TestTokens;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform as a client meets it on Payara Micro: readiness, errors, CORS, OpenAPI, JWT, JMS. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    private static final String PROBES = "admin/platform/broker-probes";

    @ArquillianResource
    private URL base;

    /** Awaited once per class: when the server never gets ready, every test says so at once. */
    private static AssertionError notReady;
    private static boolean ready;

    private ScanportClient client;
    private TestTokens tokens;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.microWar();
    }

    @BeforeEach
    void setUp() throws Exception {
        client = new ScanportClient(base.toURI());
        if (notReady != null) {
            throw notReady;
        }
        if (!ready) {
            try {
                awaitReady();
            } catch (AssertionError e) {
                notReady = e;
                throw e;
            }
            ready = true;
        }
        tokens = TestTokens.fromDataDir(Deployments.dataDir());
    }

    private void awaitReady() {
        Eventually.await(Duration.ofSeconds(90), () -> client.get("health/ready"),
                r -> r.status() == 200 && r.body().contains("\"broker\""), "readiness with the application's checks");
    }

    @Test
    void readinessReportsSchemaVersionAndBrokerRoundTrip() throws IOException {
        HttpResult ready = client.get("health/ready");
        assertEquals(200, ready.status(), ready::toString);
        JsonObject database = check(ready.json(), "database");
        assertEquals("UP", database.getString("status"));
        assertEquals(newestMigration(), database.getJsonObject("data").getString("schema_version"));
        JsonObject broker = check(ready.json(), "broker");
        assertEquals("UP", broker.getString("status"));
        assertTrue(Instant.parse(broker.getJsonObject("data").getString("last_probe_received_at"))
                .isAfter(Instant.now().minusSeconds(60)));
    }

    /** The version of the newest migration file in src-sql/h2: the database must be at it. */
    private static String newestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("scanport.it.sql.dir"), "h2"))) {
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
    void adminProbeTravelsThroughTheBrokerAndIsRecorded() {
        String admin = ScanportClient.bearer(tokens.token("1", Roles.ADMIN));
        HttpResult sent = client.post(PROBES + "?count=3", "", "Authorization", admin);
        assertEquals(202, sent.status(), sent::toString);
        var ids = sent.json().getJsonArray("probe_ids");
        assertEquals(3, ids.size());
        for (var id : ids) {
            HttpResult probe = Eventually.await(Duration.ofSeconds(30),
                    () -> client.get(PROBES + "/" + id, "Authorization", admin),
                    r -> r.status() == 200 && !r.json().isNull("received_at"), "probe " + id);
            assertEquals(id.toString(), probe.json().get("probe_id").toString());
            assertFalse(probe.json().isNull("sent_at"));
        }
        HttpResult report = client.get(PROBES, "Authorization", admin);
        assertEquals(200, report.status());
        assertTrue(report.json().getJsonNumber("received").longValue() >= 3, report::toString);
    }

    @Test
    void badProbeCountIs422InTheAccountsErrorShape() {
        String admin = ScanportClient.bearer(tokens.token("1", Roles.ADMIN));
        for (String count : new String[] {"0", "1001", "many"}) {
            HttpResult result = client.post(PROBES + "?count=" + count, "", "Authorization", admin);
            assertEquals(422, result.status(), result::toString);
            JsonObject body = result.json();
            assertEquals(422, body.getInt("status_code"));
            assertEquals(body.getString("message"), body.getString("detail"));
            assertEquals("count", body.getJsonObject("details").getJsonArray("errors")
                    .getJsonObject(0).getString("field"));
        }
        HttpResult unknown = client.get(PROBES + "/999999999", "Authorization", admin);
        assertEquals(404, unknown.status());
        assertEquals("Broker probe not found", unknown.json().getString("detail"));
    }

    @Test
    void missingOrBadTokensAre401WithBearerChallengeAndTheSurfaceBody() {
        Instant inAnHour = Instant.now().plusSeconds(3600);
        String[] badTokens = {
            null,
            "not-a-jwt",
            TestTokens.foreign().token("1", Roles.ADMIN),
            tokens.token(TestTokens.ISSUER, "1", Instant.now().minusSeconds(120), Roles.ADMIN),
            tokens.token("someone-else", "1", inAnHour, Roles.ADMIN),
            unsigned(tokens.token("1", Roles.ADMIN)),
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
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        return header + "." + token.split("\\.")[1] + ".";
    }

    @Test
    void validTokenWithoutTheRoleIs403() {
        HttpResult result = client.get(PROBES, "Authorization", ScanportClient.bearer(tokens.token("2", Roles.USER)));
        assertEquals(403, result.status(), result::toString);
        assertEquals(403, result.json().getInt("status_code"));
        HttpResult admin = client.get(PROBES, "Authorization", ScanportClient.bearer(tokens.token("1", Roles.ADMIN)));
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
    void unsupportedMethodIs405InJson() {
        HttpResult result = client.send(client.request("openapi-ui")
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(405, result.status(), result::toString);
        assertEquals("Method Not Allowed", result.json().getString("detail"));
        assertTrue(result.header("Allow").orElse("").contains("GET"), result::toString);
    }

    @Test
    void corsPreflightIsAnsweredOnlyForConfiguredOrigins() {
        String allowed = "https://frontend.scanport.test";
        HttpResult preflight = client.send(client.request(PROBES)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", allowed)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization")
                .build());
        assertEquals(204, preflight.status(), preflight::toString);
        assertEquals(allowed, preflight.header("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.header("Access-Control-Allow-Headers").orElse("").contains("Authorization"));

        HttpResult unauthenticated = client.get(PROBES, "Origin", allowed);
        assertEquals(401, unauthenticated.status());
        assertEquals(allowed, unauthenticated.header("Access-Control-Allow-Origin").orElse(null));

        HttpResult foreign = client.send(client.request(PROBES)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .build());
        assertTrue(foreign.header("Access-Control-Allow-Origin").isEmpty(), foreign::toString);
    }

    @Test
    void openApiDescribesTheProtectedEndpointAndTheUiIsServedLocally() {
        HttpResult document = client.get("openapi", "Accept", "application/json");
        assertEquals(200, document.status(), document::toString);
        JsonObject openapi = document.json();
        assertTrue(openapi.getJsonObject("paths").containsKey("/admin/platform/broker-probes"), document::toString);
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
