package com.scanport.testing;

import static com.scanport.testing.TestAccounts.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 as its clients use it, and the attacks it must withstand. Payara Micro runs it
 * on the WAR; Payara Server and WildFly on the EAR.
 */
public abstract class AccountsSuite extends ServerSuite {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";


    @Test
    void signUpReturnsTheUserWithoutAnyPasswordField() {
        String username = TestAccounts.uniqueName("john_doe");
        HttpResult created = TestAccounts.signUp(client, username, false);
        assertEquals(200, created.status(), created::toString);
        JsonObject user = created.json();
        assertEquals(Set.of("id", "username", "email", "mobile_number", "age", "full_name", "address", "is_admin"),
                user.keySet());
        assertEquals(username, user.getString("username"));
        assertEquals(30, user.getInt("age"));
        assertFalse(user.getBoolean("is_admin"));
        assertFalse(created.body().toLowerCase().contains("password"), created::toString);
    }

    @Test
    void theSeedsOwnExamplesWorkUnchanged() {
        // signupData, then a FormData login (multipart, as a browser sends it), then the token on a protected call.
        String username = TestAccounts.uniqueName("john_doe");
        String signupData = Json.createObjectBuilder().add("username", username)
                .add("email", username + "@example.com").add("password", "securePassword123")
                .add("mobile_number", "+1" + (System.nanoTime() % 1_000_000_000L)).add("age", 30)
                .add("full_name", "John Doe").add("address", "123 Main St, City").build().toString();
        HttpResult signup = client.post("auth/signup", signupData, "Content-Type", "application/json; charset=utf-8");
        assertEquals(200, signup.status(), signup::toString);

        String boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\n" + username
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\nsecurePassword123"
                + "\r\n--" + boundary + "--\r\n";
        HttpResult login = client.post("auth/login", form, "Content-Type", "multipart/form-data; boundary=" + boundary);
        assertEquals(200, login.status(), login::toString);
        JsonObject loginData = login.json();
        assertEquals(Set.of("username", "email", "phone_number", "full_name", "access_token", "token_type", "user_id",
                "expires_in", "address", "is_admin"), loginData.keySet());
        assertEquals("bearer", loginData.getString("token_type"));
        assertEquals(21600, loginData.getInt("expires_in"));
        assertEquals(signup.json().getInt("id"), loginData.getInt("user_id"));
        assertEquals("123 Main St, City", loginData.getString("address"));

        HttpResult me = client.get("auth/me", "Authorization", "Bearer " + loginData.getString("access_token"),
                "Content-Type", "application/json");
        assertEquals(200, me.status(), me::toString);
        assertEquals(username, me.json().getString("username"));
    }

    @Test
    void issuedTokensCarryTheDocumentedClaims() {
        String username = TestAccounts.uniqueName("claims");
        TestAccounts.signUp(client, username, false);
        HttpResult login = TestAccounts.logIn(client, username, PASSWORD);
        String[] parts = login.json().getString("access_token").split("\\.");
        JsonObject header = decode(parts[0]);
        JsonObject claims = decode(parts[1]);
        assertEquals("RS256", header.getString("alg"));
        assertEquals(TestTokens.ISSUER, claims.getString("iss"));
        assertEquals(String.valueOf(login.json().getInt("user_id")), claims.getString("sub"));
        assertEquals(username, claims.getString("upn"));
        assertEquals(Set.of("user"), claims.getJsonArray("groups").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).collect(Collectors.toSet()));
        assertEquals(21600, claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue());
        assertFalse(claims.getString("jti").isBlank());
        assertEquals(0, claims.getInt("tgen"), "a new user's first token generation");
    }

    private static JsonObject decode(String part) {
        return Json.createReader(new java.io.StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8))).readObject();
    }

    @Test
    void duplicatesAreEach400WithTheirOwnMessage() {
        String username = TestAccounts.uniqueName("dup");
        JsonObject original = TestAccounts.signUp(client, username, false).json();

        HttpResult sameName = TestAccounts.signUp(client, username.toUpperCase(), false);
        assertError(sameName, 400, "Username already registered");

        String other = TestAccounts.uniqueName("dup");
        HttpResult sameEmail = client.post("auth/signup", Json.createObjectBuilder(signUpBody(other))
                .add("email", original.getString("email").toUpperCase()).build().toString(), "Content-Type", JSON);
        assertError(sameEmail, 400, "Email already registered");

        HttpResult sameMobile = client.post("auth/signup", Json.createObjectBuilder(signUpBody(other))
                .add("mobile_number", original.getString("mobile_number")).build().toString(), "Content-Type", JSON);
        assertError(sameMobile, 400, "Mobile number already registered");
    }

    @Test
    void ofManySimultaneousSignUpsForOneUsernameExactlyOneWinsAndTheOthersAreTold() throws Exception {
        String username = TestAccounts.uniqueName("race");
        int racers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResult>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String body = Json.createObjectBuilder(signUpBody(i % 2 == 0 ? username : username.toUpperCase()))
                        .add("email", TestAccounts.uniqueName("racer") + "@example.com").build().toString();
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.post("auth/signup", body, "Content-Type", JSON);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<HttpResult> answer : answers) {
                HttpResult result = answer.get(60, TimeUnit.SECONDS);
                if (result.status() == 200) {
                    created++;
                } else {
                    assertError(result, 400, "Username already registered");
                }
            }
            assertEquals(1, created, "exactly one account per username, however the race goes");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void malformedSignUpsAre422WithEveryFieldError() {
        HttpResult notJson = client.post("auth/signup", "{\"username\": ", "Content-Type", JSON);
        assertError(notJson, 422, "Request body is not valid JSON");

        HttpResult bad = client.post("auth/signup", "{\"username\":\"x\",\"email\":\"nope\",\"password\":\"short\","
                + "\"age\":\"thirty\",\"full_name\":\"\"}", "Content-Type", JSON);
        assertEquals(422, bad.status(), bad::toString);
        JsonArray errors = bad.json().getJsonObject("details").getJsonArray("errors");
        assertEquals(List.of("username", "email", "password", "mobile_number", "age", "full_name"),
                errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList(),
                "every field at fault, in the form's order");
        assertEquals("username must be 3 to 150 characters", bad.json().getString("message"));
        assertEquals("must be a whole number", errors.getJsonObject(4).getString("message"));

        HttpResult tooLong = client.post("auth/signup", Json.createObjectBuilder(signUpBody(TestAccounts.uniqueName("long")))
                .add("password", "ä".repeat(37)).build().toString(), "Content-Type", JSON);
        assertEquals(422, tooLong.status(), "74 bytes is more than bcrypt reads: " + tooLong);
    }

    @Test
    void adminSignUpNeedsTheAdminSecretInEitherHeader() {
        assertError(TestAccounts.signUp(client, TestAccounts.uniqueName("adm"), true), 403, "Invalid admin secret key");
        assertError(TestAccounts.signUp(client, TestAccounts.uniqueName("adm"), true, "admin_secret", "guess"),
                403, "Invalid admin secret key");

        HttpResult underscore = TestAccounts.signUp(client, TestAccounts.uniqueName("adm"), true,
                "admin_secret", TestAccounts.adminSecret());
        assertEquals(200, underscore.status(), underscore::toString);
        assertTrue(underscore.json().getBoolean("is_admin"));
        HttpResult dashed = TestAccounts.signUp(client, TestAccounts.uniqueName("adm"), true,
                "admin-secret", TestAccounts.adminSecret());
        assertEquals(200, dashed.status(), dashed::toString);
        assertTrue(dashed.json().getBoolean("is_admin"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        String username = TestAccounts.uniqueName("known");
        TestAccounts.signUp(client, username, false);
        HttpResult wrongPassword = TestAccounts.logIn(client, username, "not the password");
        HttpResult unknownUser = TestAccounts.logIn(client, TestAccounts.uniqueName("nobody"), PASSWORD);
        for (HttpResult result : new HttpResult[] {wrongPassword, unknownUser}) {
            assertError(result, 401, "Incorrect username or password");
            assertEquals("Bearer", result.header("WWW-Authenticate").orElse(null));
        }
        assertEquals(wrongPassword.body(), unknownUser.body());
        assertError(client.post("auth/login", "username=" + username, "Content-Type",
                "application/x-www-form-urlencoded"), 422, "password is required");
    }

    @Test
    void repeatedFailedLoginsForOneUsernameAre429WithRetryAfter() {
        String username = TestAccounts.uniqueName("victim");
        TestAccounts.signUp(client, username, false);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, TestAccounts.logIn(client, username, "guess-" + i).status());
        }
        HttpResult blocked = TestAccounts.logIn(client, username, PASSWORD);
        assertEquals(429, blocked.status(), "even the right password waits out the window: " + blocked);
        long retryAfter = Long.parseLong(blocked.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 900, blocked::toString);
        assertEquals(429, blocked.json().getInt("status_code"));

        String bystander = TestAccounts.uniqueName("bystander");
        TestAccounts.signUp(client, bystander, false);
        assertEquals(200, TestAccounts.logIn(client, bystander, PASSWORD).status(), "other users can still log in");
    }

    @Test
    void repeatedFailedLoginsFromOneAddressAre429() throws IOException {
        // From 127.0.0.2, so that this address's window does not block the other tests' logins.
        InetAddress address = InetAddress.getByName("127.0.0.2");
        int status = 0;
        for (int i = 0; i < 21 && status != 429; i++) {
            status = RawHttp.post(client.base(), address, "auth/login", FORM, "username="
                    + TestAccounts.uniqueName("spray") + "&password=Winter2026").status();
        }
        assertEquals(429, status, "password spraying from one address is throttled");
    }

    @Test
    void simultaneousWrongLoginsNeverOutrunTheLimit() throws Exception {
        String username = TestAccounts.uniqueName("besieged");
        TestAccounts.signUp(client, username, false);
        InetAddress address = InetAddress.getByName("127.0.0.6");
        List<Integer> statuses = all(40, i -> RawHttp.post(client.base(), address, "auth/login", FORM,
                "username=" + username + "&password=guess-" + i).status());
        assertEquals(40, statuses.stream().filter(s -> s == 401 || s == 429).count(), statuses::toString);
        assertTrue(statuses.stream().filter(s -> s == 401).count() <= 5,
                "no more than five guesses are ever checked in a window: " + statuses);
        assertEquals(429, TestAccounts.logIn(client, username, PASSWORD).status(), "even the right password waits");
    }

    @Test
    void usernamesLongerThanAnyAccountCostNoHashButCountAgainstTheAddress() throws IOException {
        InetAddress address = InetAddress.getByName("127.0.0.7");
        String tooLong = "u".repeat(300);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            statuses.add(RawHttp.post(client.base(), address, "auth/login", FORM,
                    "username=" + tooLong + "&password=whatever").status());
        }
        assertEquals(java.util.Collections.nCopies(20, 401), statuses.subList(0, 20));
        assertEquals(429, statuses.get(20));
    }

    @Test
    void ofSimultaneousPasswordChangesExactlyOneWinsAndOnlyItsTokenWorks() throws Exception {
        String username = TestAccounts.uniqueName("rotating");
        TestAccounts.signUp(client, username, false);
        String bearer = ScanportClient.bearer(TestAccounts.logIn(client, username, PASSWORD).json()
                .getString("access_token"));
        List<HttpResult> answers = all(10, i -> client.send(client.request("auth/me/password")
                .header("Authorization", bearer).header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"old_password\":\"" + PASSWORD
                        + "\",\"new_password\":\"new-password-" + i + "\"}")).build()));
        List<HttpResult> won = answers.stream().filter(a -> a.status() == 200).toList();
        assertEquals(1, won.size(), answers::toString);
        // A loser fails as a wrong current password does, or is throttled, or arrives after the
        // winner's commit with a token that has just stopped working.
        assertTrue(answers.stream().allMatch(a -> Set.of(200, 401, 422, 429).contains(a.status())),
                answers::toString);
        assertEquals(200, client.get("auth/me", "Authorization",
                ScanportClient.bearer(won.get(0).json().getString("access_token"))).status());
        assertEquals(401, client.get("auth/me", "Authorization", bearer).status());
        int winner = answers.indexOf(won.get(0));
        assertEquals(200, TestAccounts.logIn(client, username, "new-password-" + winner).status());
        assertEquals(401, TestAccounts.logIn(client, username, "new-password-" + (winner + 1) % 10).status(),
                "a losing change left no trace");
    }

    @Test
    void textsThatGrowWhenLowerCasedNulsAndBrokenUtf8AreHandledNot500() {
        String dotted = "\u0130".repeat(76) + System.nanoTime() % 1000;
        HttpResult created = TestAccounts.signUp(client, dotted, false);
        assertEquals(200, created.status(), "a username that doubles when lower-cased: " + created);
        assertEquals(200, TestAccounts.logIn(client, dotted, PASSWORD).status());

        HttpResult nul = client.post("auth/signup", Json.createObjectBuilder(signUpBody(TestAccounts.uniqueName("nul")))
                .add("full_name", "a\u0000b").build().toString(), "Content-Type", JSON);
        assertError(nul, 422, "full_name must not contain NUL characters");

        HttpResult broken = client.send(client.request("auth/signup").header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3,
                    (byte) 0x28, '"', '}'})).build());
        assertError(broken, 422, "Request body is not valid text in its charset");
    }

    /** Runs {@code n} calls at once, from a standing start, and returns their answers in order. */
    private interface Call<T> {
        T make(int index) throws Exception;
    }

    private static <T> List<T> all(int n, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.make(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void adminSecretGuessesAreThrottled() throws IOException {
        InetAddress address = InetAddress.getByName("127.0.0.3");
        int status = 0;
        for (int i = 0; i < 6; i++) {
            String body = Json.createObjectBuilder(signUpBody(TestAccounts.uniqueName("guess")))
                    .add("is_admin", true).build().toString();
            status = RawHttp.post(client.base(), address, "auth/signup", JSON, body, "admin_secret: guess-" + i).status();
        }
        assertEquals(429, status);
    }

    @Test
    void meAndProfileChangesAreBoundToTheCaller() {
        String bearer = TestAccounts.bearerOfNew(client, "owner", false);
        long ownId = client.get("auth/me", "Authorization", bearer).json().getJsonNumber("id").longValue();
        HttpResult changed = client.send(client.request("auth/me").header("Authorization", bearer)
                .header("Content-Type", JSON)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"address\":\"9 New Road\",\"age\":41}")).build());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("9 New Road", changed.json().getString("address"));
        assertEquals(41, changed.json().getInt("age"));
        assertEquals(ownId, changed.json().getJsonNumber("id").longValue());

        String other = TestAccounts.bearerOfNew(client, "other", false);
        assertError(client.get("admin/users/" + ownId, "Authorization", other), 403,
                "This operation requires admin privileges");
        assertEquals(ownId, client.get("auth/me", "Authorization", bearer).json().getJsonNumber("id").longValue());
    }

    @Test
    void passwordChangeNeedsTheOldPasswordAndEndsOlderTokens() {
        String username = TestAccounts.uniqueName("rotate");
        TestAccounts.signUp(client, username, false);
        String oldBearer = ScanportClient.bearer(TestAccounts.logIn(client, username, PASSWORD).json()
                .getString("access_token"));

        HttpResult wrong = client.send(client.request("auth/me/password").header("Authorization", oldBearer)
                .header("Content-Type", JSON).PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"old_password\":\"wrong\",\"new_password\":\"a-new-password\"}")).build());
        assertEquals(422, wrong.status(), wrong::toString);

        HttpResult changed = client.send(client.request("auth/me/password").header("Authorization", oldBearer)
                .header("Content-Type", JSON).PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"old_password\":\"" + PASSWORD + "\",\"new_password\":\"a-new-password\"}")).build());
        assertEquals(200, changed.status(), changed::toString);
        String newBearer = ScanportClient.bearer(changed.json().getString("access_token"));
        assertEquals(1, decode(changed.json().getString("access_token").split("\\.")[1]).getInt("tgen"),
                "the new token is of the password's new generation");

        assertError(client.get("auth/me", "Authorization", oldBearer), 401, "Not authenticated");
        assertEquals(200, client.get("auth/me", "Authorization", newBearer).status());
        assertEquals(401, TestAccounts.logIn(client, username, PASSWORD).status());
        assertEquals(200, TestAccounts.logIn(client, username, "a-new-password").status());
    }

    @Test
    void adminListsAndReadsUsersAndHashesNeverLeave() {
        String admin = TestAccounts.bearerOfNew(client, "lister", true);
        String username = TestAccounts.uniqueName("listed");
        long id = TestAccounts.signUp(client, username, false).json().getJsonNumber("id").longValue();

        HttpResult list = client.get("admin/users", "Authorization", admin);
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.jsonStructure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(u -> u.getString("username").equals(username)));
        assertFalse(list.body().contains("password") || list.body().contains("$2"), "no hashes: " + list.body());

        HttpResult one = client.get("admin/users/" + id, "Authorization", admin);
        assertEquals(username, one.json().getString("username"));
        assertError(client.get("admin/users/999999999", "Authorization", admin), 404, "User not found");
        assertError(client.get("admin/users?limit=0", "Authorization", admin), 422,
                "limit must be a whole number from 1 to 1000");
    }

    @Test
    void userTokenOnAnAdminEndpointIs403AndNoTokenIs401() {
        String user = TestAccounts.bearerOfNew(client, "plain", false);
        assertError(client.get("admin/users", "Authorization", user), 403, "This operation requires admin privileges");
        HttpResult anonymous = client.get("admin/users");
        assertError(anonymous, 401, "Not authenticated");
        assertEquals("Bearer", anonymous.header("WWW-Authenticate").orElse(null));
    }

    @Test
    void tokenOfADeletedUserIsRefused() {
        String admin = TestAccounts.bearerOfNew(client, "remover", true);
        String username = TestAccounts.uniqueName("leaving");
        TestAccounts.signUp(client, username, false);
        JsonObject login = TestAccounts.logIn(client, username, PASSWORD).json();
        String bearer = ScanportClient.bearer(login.getString("access_token"));
        assertEquals(200, client.get("auth/me", "Authorization", bearer).status());

        HttpResult deleted = client.send(client.request("admin/users/" + login.getInt("user_id"))
                .header("Authorization", admin).DELETE().build());
        assertEquals(204, deleted.status(), deleted::toString);
        assertError(client.get("auth/me", "Authorization", bearer), 401, "Not authenticated");
    }

    @Test
    void tamperedTokensAreRefused() {
        String bearer = TestAccounts.bearerOfNew(client, "tamper", false);
        String[] parts = bearer.substring("Bearer ".length()).split("\\.");
        JsonObject claims = decode(parts[1]);
        String promoted = Base64.getUrlEncoder().withoutPadding().encodeToString(Json.createObjectBuilder(claims)
                .add("groups", Json.createArrayBuilder().add("user").add("admin")).build().toString()
                .getBytes(StandardCharsets.UTF_8));
        assertError(client.get("admin/users", "Authorization", "Bearer " + parts[0] + "." + promoted + "." + parts[2]),
                401, "Not authenticated");
        char last = parts[2].charAt(parts[2].length() - 2);
        String flipped = parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].charAt(parts[2].length() - 1);
        assertError(client.get("auth/me", "Authorization", "Bearer " + parts[0] + "." + parts[1] + "." + flipped),
                401, "Not authenticated");
    }

    @Test
    void sqlMetacharactersAreDataNotCode() {
        String username = TestAccounts.uniqueName("obrien");
        String nasty = "Robert'); DROP TABLE app_user;-- \" OR 1=1 %_\\";
        String email = "o'hara+" + username + "@example.com";
        String password = "pa' OR '1'='1; --";
        JsonObject body = Json.createObjectBuilder(signUpBody(username))
                .add("email", email).add("password", password).add("full_name", nasty).add("address", nasty).build();
        HttpResult created = client.post("auth/signup", body.toString(), "Content-Type", JSON);
        assertEquals(200, created.status(), created::toString);
        assertEquals(nasty, created.json().getString("full_name"));
        assertEquals(nasty, created.json().getString("address"));
        assertEquals(email, created.json().getString("email"));

        HttpResult login = TestAccounts.logIn(client, username, password);
        assertEquals(200, login.status(), "a password full of quotes is just a password: " + login);
        String bearer = ScanportClient.bearer(login.json().getString("access_token"));
        HttpResult patched = client.send(client.request("auth/me").header("Authorization", bearer)
                .header("Content-Type", JSON).method("PATCH", HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder().add("full_name", "x' WHERE '1'='1").build().toString())).build());
        assertEquals(200, patched.status(), patched::toString);
        assertEquals("x' WHERE '1'='1", patched.json().getString("full_name"));
        assertEquals(nasty, patched.json().getString("address"), "only the caller's own row, only that field");

        for (String injected : new String[] {"' OR '1'='1", username + "' --", "%", "_"}) {
            HttpResult attempt = TestAccounts.logIn(client, injected, "' OR '1'='1");
            assertTrue(attempt.status() == 401 || attempt.status() == 429, attempt::toString);
        }
        for (String field : new String[] {"username", "mobile_number"}) {
            HttpResult refused = client.post("auth/signup", Json.createObjectBuilder(signUpBody(TestAccounts.uniqueName("q")))
                    .add(field, "1' OR '1'='1").build().toString(), "Content-Type", JSON);
            assertEquals(422, refused.status(), refused::toString);
            assertEquals(field, refused.json().getJsonObject("details").getJsonArray("errors").getJsonObject(0)
                    .getString("field"));
        }
        assertEquals(200, client.get("auth/me", "Authorization", bearer).status(), "the table is still there");
    }

    @Test
    void openApiDescribesEveryAccountsEndpointWithItsBodiesAndErrors() {
        JsonObject openapi = client.get("openapi", "Accept", "application/json").json();
        JsonObject paths = openapi.getJsonObject("paths");
        String[][] operations = {
            {"/auth/signup", "post", "200 400 403 422 429"},
            {"/auth/login", "post", "200 401 422 429"},
            {"/auth/me", "get", "200 401"},
            {"/auth/me", "patch", "200 400 401 422"},
            {"/auth/me/password", "put", "200 401 422 429"},
            {"/admin/users", "get", "200 401 403 422"},
            {"/admin/users/{userId}", "get", "200 401 403 404"},
            {"/admin/users/{userId}", "delete", "204 401 403 404"},
        };
        for (String[] operation : operations) {
            JsonObject op = paths.getJsonObject(operation[0]).getJsonObject(operation[1]);
            assertEquals(Set.of(operation[2].split(" ")), op.getJsonObject("responses").keySet(),
                    operation[0] + " " + operation[1]);
            boolean open = operation[0].equals("/auth/signup") || operation[0].equals("/auth/login");
            assertEquals(!open, op.containsKey("security"), operation[0] + " " + operation[1] + " security");
        }
        JsonObject login = paths.getJsonObject("/auth/login").getJsonObject("post").getJsonObject("requestBody")
                .getJsonObject("content");
        assertEquals(Set.of("application/x-www-form-urlencoded", "multipart/form-data"), login.keySet());
        JsonObject schemas = openapi.getJsonObject("components").getJsonObject("schemas");
        assertEquals(Set.of("username", "password"),
                schemas.getJsonObject("LoginForm").getJsonObject("properties").keySet());
        assertEquals("#/components/schemas/UserCreate", paths.getJsonObject("/auth/signup").getJsonObject("post")
                .getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema").getString("$ref"));
        // The limits the request records are checked with, as the document states them.
        JsonObject create = schemas.getJsonObject("UserCreate");
        assertEquals(Set.of("username", "email", "password", "mobile_number", "age", "full_name"),
                create.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).collect(Collectors.toSet()));
        JsonObject username = create.getJsonObject("properties").getJsonObject("username");
        assertEquals(3, username.getInt("minLength"));
        assertEquals(150, username.getInt("maxLength"));
        assertEquals("^[\\p{L}\\p{N}_.@+-]+$", username.getString("pattern"));
        JsonObject age = create.getJsonObject("properties").getJsonObject("age");
        assertEquals(0, age.getInt("minimum"));
        assertEquals(150, age.getInt("maximum"));
        assertEquals(8, create.getJsonObject("properties").getJsonObject("password").getInt("minLength"));
        assertEquals(Set.of("email", "mobile_number", "age", "full_name", "address"),
                schemas.getJsonObject("ProfileChange").getJsonObject("properties").keySet());
        assertEquals(Set.of("old_password", "new_password"),
                schemas.getJsonObject("PasswordChange").getJsonObject("properties").keySet());
        String document = openapi.toString();
        assertFalse(document.contains("x-scanport-"), () -> "the filter's markers are not in the document: "
                + document.substring(Math.max(0, document.indexOf("x-scanport-") - 300), document.indexOf("x-scanport-") + 100));
        Set<String> userFields = schemas.getJsonObject("User").getJsonObject("properties").keySet();
        assertEquals(Set.of("id", "username", "email", "mobile_number", "age", "full_name", "address", "is_admin"),
                userFields);
        assertTrue(schemas.getJsonObject("LoginResponse").getJsonObject("properties").containsKey("phone_number"));
        assertEquals("#/components/schemas/AccountsError", paths.getJsonObject("/auth/signup").getJsonObject("post")
                .getJsonObject("responses").getJsonObject("400").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
    }

    private static JsonObject signUpBody(String username) {
        return Json.createObjectBuilder().add("username", username).add("email", username + "@example.com")
                .add("password", PASSWORD).add("mobile_number", "+44" + (System.nanoTime() % 10_000_000_000L))
                .add("age", 22).add("full_name", "Someone").add("address", JsonObject.NULL).build();
    }

    private static void assertError(HttpResult result, int status, String message) {
        assertEquals(status, result.status(), result::toString);
        JsonObject body = result.json();
        assertEquals(status, body.getInt("status_code"), result::toString);
        assertEquals(message, body.getString("message"), result::toString);
        assertEquals(message, body.getString("detail"), result::toString);
    }
}
