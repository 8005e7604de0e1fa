package com.scanport.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's image desk as staff use it: the desk's password, QR batches from the request to
 * a sheet whose every code scans to a working owner page, and the desk's error shape.
 * Payara Micro runs it on the WAR; Payara Server and WildFly on the EAR.
 */
public abstract class ImageDeskSuite extends ServerSuite {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern OWNER_CODE = Pattern.compile("[A-Za-z0-9_-]{22}");

    @Test
    void theDeskPasswordGivesAStaffTokenInBothFormEncodings() {
        HttpResult urlencoded = client.post("token", "password="
                + URLEncoder.encode(TestAccounts.staffPassword(), StandardCharsets.UTF_8), "Content-Type", FORM);
        assertEquals(200, urlencoded.status(), urlencoded::toString);
        assertEquals("bearer", urlencoded.json().getString("token_type"));
        assertEquals(1800, urlencoded.json().getInt("expires_in"));
        JsonObject claims = TestTokens.claimsOf(urlencoded.json().getString("access_token"));
        assertEquals("[\"staff\"]", claims.getJsonArray("groups").toString());

        String boundary = "----WebKitFormBoundary" + UUID.randomUUID().toString().replace("-", "");
        HttpResult multipart = client.post("token", "--" + boundary + "\r\nContent-Disposition: form-data; name=\"password\""
                        + "\r\n\r\n" + TestAccounts.staffPassword() + "\r\n--" + boundary + "--\r\n",
                "Content-Type", "multipart/form-data; boundary=" + boundary);
        assertEquals(200, multipart.status(), multipart::toString);
        String staff = ScanportClient.bearer(multipart.json().getString("access_token"));
        assertEquals(200, client.get("qr/progress", "Authorization", staff).status());
    }

    @Test
    void aWrongOrMissingPasswordIsRefusedInTheDesksShape() {
        HttpResult wrong = client.post("token", "password=guess", "Content-Type", FORM);
        assertEquals(401, wrong.status(), wrong::toString);
        assertEquals("{\"detail\":\"Incorrect password\"}", wrong.body());
        assertEquals("Bearer", wrong.header("WWW-Authenticate").orElse(""));

        HttpResult missing = client.post("token", "", "Content-Type", FORM);
        assertEquals(422, missing.status(), missing::toString);
        JsonObject problem = missing.json().getJsonArray("detail").getJsonObject(0);
        assertEquals("[\"password\"]", problem.getJsonArray("loc").toString());
        assertEquals("Field required", problem.getString("msg"));
        assertEquals("missing", problem.getString("type"));
    }

    /** From an address of its own: the other tests' guesses count against 127.0.0.1. */
    @Test
    void passwordGuessesAreThrottledPerAddress() throws Exception {
        InetAddress from = InetAddress.getByName("127.0.0.9");
        int refused = 0;
        RawHttp.Answer last = null;
        for (int i = 0; i < 21; i++) {
            last = RawHttp.post(client.base(), from, "token", FORM, "password=guess-" + i);
            if (last.status() == 401) {
                refused++;
            }
        }
        assertEquals(429, last.status(), last.text());
        assertTrue(last.text().toLowerCase().contains("\r\nretry-after: "), last.text());
        assertTrue(refused <= 20, "at most the limit of guesses is checked: " + refused);
        RawHttp.Answer right = RawHttp.post(client.base(), from, "token", FORM,
                "password=" + URLEncoder.encode(TestAccounts.staffPassword(), StandardCharsets.UTF_8));
        assertEquals(429, right.status(), "once limited, the right password waits too: " + right.text());
    }

    @Test
    void aBatchOf40GoesFromTheTokenToAPrintedSheetWhoseCodesOpenOwnerPages() {
        String staff = staffBearer();
        HttpResult started = client.get("qr?n=40", "Authorization", staff);
        assertEquals(200, started.status(), started::toString);
        assertEquals("Generating 40 QR codes, this may take a while. Check the progress at /qr/progress", started.body());
        assertTrue(started.header("Content-Type").orElse("").startsWith("text/plain"), started::toString);

        JsonObject done = awaitDone(staff, 40);
        assertEquals(100.0, done.getJsonNumber("progress").doubleValue());

        HttpResponse<byte[]> download = client.getBytes("qr/download", "Authorization", staff);
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"qr.pdf\"", download.headers().firstValue("Content-Disposition").orElse(""));

        PrintedCodes.Sheet sheet = PrintedCodes.read(download.body());
        assertEquals(2, sheet.pages());
        assertEquals(List.of(35, 5), sheet.codesPerPage());
        assertEquals(40, new HashSet<>(sheet.codes()).size(), "no code twice");
        String owners = client.base() + "owners/";
        for (String content : sheet.codes()) {
            assertTrue(content.startsWith(owners), content);
            assertTrue(OWNER_CODE.matcher(content.substring(owners.length())).matches(), content);
        }
        assertTrue(sheet.pageTexts().get(0).contains("Each code opens its owner's page: " + owners), sheet.pageTexts().get(0));
        assertTrue(sheet.pageTexts().get(1).contains("QR batch " + done.getJsonNumber("batch").longValue()
                + " - page 2 of 2"), sheet.pageTexts().get(1));

        String code = sheet.codes().get(39).substring(owners.length());
        HttpResult page = client.get("owners/" + code, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"), page::toString);
        assertTrue(page.body().contains("<h1>Your X-ray</h1>"), page.body());
        assertFalse(page.body().contains("<script") || page.body().contains("http"), "nothing from elsewhere: " + page.body());
        assertTrue(page.header("Content-Security-Policy").orElse("").startsWith("default-src 'none'"), page::toString);
        HttpResult json = client.get("owners/" + code, "Accept", "application/json");
        assertEquals(200, json.status(), json::toString);
        assertEquals("{\"results\":[]}", json.body());
    }

    @Test
    void anUnknownOwnerCodeTellsNothing() {
        HttpResult unknown = client.get("owners/AAAAAAAAAAAAAAAAAAAAAA");
        HttpResult malformed = client.get("owners/x");
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals(404, malformed.status(), malformed::toString);
        assertEquals("{\"detail\":\"Not Found\"}", unknown.body());
        assertEquals(unknown.body(), malformed.body());
    }

    @Test
    void twoBatchesAtOnceGetOne200AndOne409() throws Exception {
        String staff = staffBearer();
        awaitIdle(staff);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<HttpResult> start = () -> client.get("qr?n=1000", "Authorization", staff);
            List<Future<HttpResult>> answers = List.of(pool.submit(start), pool.submit(start));
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResult> answer : answers) {
                HttpResult result = answer.get();
                statuses.add(result.status());
                if (result.status() == 409) {
                    assertEquals("{\"detail\":\"QR codes are being generated already; check the progress at "
                            + "/qr/progress\"}", result.body());
                }
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        awaitDone(staff, 1000);
    }

    @Test
    void badCountsAre422AndStartNothing() {
        String staff = staffBearer();
        awaitIdle(staff);
        long before = batchOf(client.get("qr/progress", "Authorization", staff).json());
        for (String n : List.of("", "?n=0", "?n=-1", "?n=1001", "?n=abc", "?n=1e3", "?n=2.5", "?n=")) {
            HttpResult refused = client.get("qr" + n, "Authorization", staff);
            assertEquals(422, refused.status(), n + ": " + refused);
            JsonArray detail = refused.json().getJsonArray("detail");
            assertEquals("[\"n\"]", detail.getJsonObject(0).getJsonArray("loc").toString(), refused::toString);
        }
        assertEquals(before, batchOf(client.get("qr/progress", "Authorization", staff).json()), "no batch started");
    }

    @Test
    void onlyStaffAndAdminsMayUseTheDesk() {
        HttpResult none = client.get("qr/progress");
        assertEquals(401, none.status(), none::toString);
        assertEquals("{\"detail\":\"Not authenticated\"}", none.body());
        assertEquals("Bearer", none.header("WWW-Authenticate").orElse(""));

        String user = TestAccounts.bearerOfNew(client, "desk_user", false);
        HttpResult userToken = client.get("qr?n=1", "Authorization", user);
        assertEquals(401, userToken.status(), "a user's token is no desk credential: " + userToken);
        assertEquals("Bearer", userToken.header("WWW-Authenticate").orElse(""));

        String admin = TestAccounts.bearerOfNew(client, "desk_admin", true);
        assertEquals(200, client.get("qr/progress", "Authorization", admin).status());

        HttpResult forged = client.get("qr/progress", "Authorization",
                ScanportClient.bearer(TestTokens.foreign().token("staff-desk", "staff")));
        assertEquals(401, forged.status(), forged::toString);

        HttpResult wrongMethod = client.post("qr", "", "Authorization", staffBearer());
        assertEquals(405, wrongMethod.status(), wrongMethod::toString);
        assertEquals("{\"detail\":\"Method Not Allowed\"}", wrongMethod.body());
        HttpResult unknown = client.get("qr/nothing-here", "Authorization", staffBearer());
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("{\"detail\":\"Not Found\"}", unknown.body());
    }

    /** Staff tokens signed with the server's own key: only the desk's own, as it gives them, open the desk. */
    @Test
    void onlyTheDesksOwnStaffTokensOpenTheDeskAndNothingElse() {
        String staff = staffBearer();
        JsonObject claims = TestTokens.claimsOf(staff.substring("Bearer ".length()));
        TestTokens server = TestTokens.fromDataDir(Path.of(System.getProperty("scanport.it.data.dir")));
        assertEquals(200, client.get("qr/progress", "Authorization", ScanportClient.bearer(server.sign(claims))).status(),
                "the same claims, signed again, are the same token");

        JsonObject otherPassword = Json.createObjectBuilder(claims).add("tgen", claims.getInt("tgen") ^ 1).build();
        JsonObject tooLong = Json.createObjectBuilder(claims)
                .add("exp", claims.getJsonNumber("iat").longValue() + 3 * 3600).build();
        JsonObject noGeneration = Json.createObjectBuilder(claims).remove("tgen").build();
        for (JsonObject forged : List.of(otherPassword, tooLong, noGeneration)) {
            HttpResult refused = client.get("qr/progress", "Authorization", ScanportClient.bearer(server.sign(forged)));
            assertEquals(401, refused.status(), forged + ": " + refused);
            assertEquals("{\"detail\":\"Not authenticated\"}", refused.body());
        }

        HttpResult me = client.get("auth/me", "Authorization", staff);
        assertEquals(403, me.status(), "a staff token is nobody's account: " + me);
        assertEquals(403, client.get("admin/users", "Authorization", staff).status());
    }

    protected String staffBearer() {
        return TestAccounts.staffBearer(client);
    }

    /**
     * Polls progress until the newest batch, of {@code n} codes, is done; every reading must be
     * at least the one before.
     */
    protected JsonObject awaitDone(String staff, int n) {
        List<Double> readings = new ArrayList<>();
        JsonObject last = Eventually.await(Duration.ofSeconds(120), () -> {
            JsonObject progress = client.get("qr/progress", "Authorization", staff).json();
            readings.add(progress.getJsonNumber("progress").doubleValue());
            return progress;
        }, p -> !"running".equals(p.getString("state")), "the batch to finish");
        assertEquals("done", last.getString("state"), last::toString);
        assertEquals(n, last.getInt("n"));
        for (int i = 1; i < readings.size(); i++) {
            assertTrue(readings.get(i) >= readings.get(i - 1), "progress went back: " + readings);
        }
        return last;
    }

    private void awaitIdle(String staff) {
        awaitNoBatchRunning(client, staff);
    }

    /** Waits until no batch runs (a killed one turns failed once silent too long); the newest batch's progress. */
    public static JsonObject awaitNoBatchRunning(ScanportClient client, String staff) {
        return Eventually.await(Duration.ofSeconds(120), () -> client.get("qr/progress", "Authorization", staff).json(),
                p -> !"running".equals(p.getString("state")), "no batch running");
    }

    private static long batchOf(JsonObject progress) {
        return progress.isNull("batch") ? 0 : progress.getJsonNumber("batch").longValue();
    }

    /** The codes of a sheet, without their owner-page prefix. */
    protected static Set<String> codesOf(PrintedCodes.Sheet sheet, String owners) {
        Set<String> codes = new HashSet<>();
        sheet.codes().forEach(content -> codes.add(content.substring(owners.length())));
        return codes;
    }
}
