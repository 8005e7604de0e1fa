package com.scanport.testing;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Real accounts on the server under test, made the way a client makes them. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    private TestAccounts() {
    }

    /** The image desk's password the test servers are started with ({@code SCANPORT_STAFF_PASSWORD}). */
    public static String staffPassword() {
        return System.getProperty("scanport.it.staff.password");
    }

    /** The admin secret the test servers are started with ({@code SCANPORT_ADMIN_SECRET}). */
    public static String adminSecret() {
        return System.getProperty("scanport.it.admin.secret");
    }

    /** A fresh, unique username: tests never depend on each other's users. */
    public static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static HttpResult signUp(ScanportClient client, String username, boolean admin, String... headers) {
        String digits = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 10_000_000_000L);
        String body = Json.createObjectBuilder()
                .add("username", username)
                .add("email", username + "@example.com")
                .add("password", PASSWORD)
                .add("mobile_number", "+1" + digits)
                .add("age", 30)
                .add("full_name", "Test " + username)
                .add("address", "1 Test Street")
                .add("is_admin", admin)
                .build().toString();
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return client.post("auth/signup", body, all);
    }

    public static HttpResult logIn(ScanportClient client, String username, String password) {
        return client.post("auth/login", "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8),
                "Content-Type", "application/x-www-form-urlencoded");
    }

    /** Logs in at the image desk ({@code POST /token}) with the test desk password; its "Bearer ..." header value. */
    public static String staffBearer(ScanportClient client) {
        HttpResult token = client.post("token", "password=" + URLEncoder.encode(staffPassword(), StandardCharsets.UTF_8),
                "Content-Type", "application/x-www-form-urlencoded");
        if (token.status() != 200) {
            throw new AssertionError("the desk refused its own password: " + token);
        }
        return ScanportClient.bearer(token.json().getString("access_token"));
    }

    /** A user signed up and logged in: their id, username and access token. */
    public record SignedIn(long id, String username, String token) {

        /** The token as an Authorization header value. */
        public String bearer() {
            return ScanportClient.bearer(token);
        }

        @Override
        public String toString() {
            return "SignedIn[id=" + id + ", username=" + username + ", token=***]";
        }
    }

    /** Signs up a user (an admin with the test admin secret) and logs them in. */
    public static SignedIn signedInNew(ScanportClient client, String prefix, boolean admin) {
        String username = uniqueName(prefix);
        HttpResult created = admin
                ? signUp(client, username, true, "admin_secret", adminSecret())
                : signUp(client, username, false);
        if (created.status() != 200) {
            throw new AssertionError("sign-up of " + username + " failed: " + created);
        }
        HttpResult login = logIn(client, username, PASSWORD);
        if (login.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + login);
        }
        return new SignedIn(created.json().getJsonNumber("id").longValue(), username,
                login.json().getString("access_token"));
    }

    /** Signs up a user (an admin with the test admin secret) and returns its "Bearer ..." header value. */
    public static String bearerOfNew(ScanportClient client, String prefix, boolean admin) {
        return signedInNew(client, prefix, admin).bearer();
    }
}
