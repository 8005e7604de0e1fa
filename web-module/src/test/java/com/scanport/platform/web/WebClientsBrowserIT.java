package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.testing.Deployments;
import com.scanport.testing.Eventually;
import com.scanport.testing.HttpResult;
import com.scanport.testing.ScanportClient;
import com.scanport.testing.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser clients in headless Chromium: an admin opens the OpenAPI UI, logs in there, authorizes
 * with the token and lists the users; a web page runs seed 000's own fetch examples, as written.
 * Needs Debian's chromium and chromium-driver (./mvnw verify -Pbrowser).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebClientsBrowserIT {

    /** Seed 000's example for the cart's screen, verbatim. */
    private static final String SEED_QR_EXAMPLE = """
            const cartId = 123; // Replace with the actual cart ID
            fetch(`http://<your-server-address>/customer-session/qr/${cartId}`)
            .then(response => {
            if (!response.ok) {
            throw new Error("Failed to fetch QR code");
            }
            return response.blob();
            })
            .then(blob => {
            const qrCodeUrl = URL.createObjectURL(blob);
            document.getElementById("qrCodeImage").src = qrCodeUrl;
            })
            .catch(error => {
            console.error("Error fetching QR code:", error);
            });
            """;

    /** Seed 000's example for the shopper's app, verbatim. */
    private static final String SEED_SCAN_EXAMPLE = """
            const qrToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..."; // Replace with the actual token
            fetch("http://<your-server-address>/customer-session/scan-qr", {
            method: "POST",
            headers: {
            "Content-Type": "application/json",
            },
            body: JSON.stringify({ token: qrToken }),
            })
            .then(response => {
            if (!response.ok) {
            throw new Error("Failed to scan QR code");
            }
            return response.json();
            })
            .then(session => {
            console.log("Session created:", session);
            // Handle the session details (e.g., redirect to a new page)
            })
            .catch(error => {
            console.error("Error scanning QR code:", error);
            });
            """;

    /** Collects what the example logs, and hands it back once it logged or {@code ready} holds. */
    private static final String CONSOLE = """
            const done = arguments[arguments.length - 1];
            const logged = [];
            const keep = (kind) => (...args) => logged.push([kind, ...args.map(a => a instanceof Error ? String(a) : a)]);
            console.log = keep("log");
            console.error = keep("error");
            const finish = () => done(JSON.stringify({logged, image: document.getElementById("qrCodeImage")?.naturalWidth ?? 0}));
            """;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.microWar();
    }

    @Test
    void adminLogsInAuthorizesAndListsUsersFromTheUi() {
        ScanportClient client = readyClient();
        String admin = TestAccounts.uniqueName("ui_admin");
        assertEquals(200, TestAccounts.signUp(client, admin, true, "admin_secret", TestAccounts.adminSecret()).status());

        WebDriver browser = chromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(client.base().resolve("openapi-ui").toString());

            WebElement login = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-accounts-login")));
            tryItOut(wait, login);
            type(login.findElement(By.cssSelector("tr[data-property-name='username'] input")), admin);
            type(login.findElement(By.cssSelector("tr[data-property-name='password'] input")), TestAccounts.PASSWORD);
            login.findElement(By.cssSelector("button.execute")).click();
            Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response(wait, login, "200"));
            assertTrue(token.find(), "the login answer holds a token");

            browser.findElement(By.cssSelector(".scheme-container button.authorize")).click();
            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
            type(dialog.findElement(By.cssSelector("input")), token.group(1));
            dialog.findElement(By.cssSelector("button.modal-btn.auth.authorize")).click();
            dialog.findElement(By.cssSelector("button.btn-done")).click();

            WebElement users = browser.findElement(By.id("operations-admin-list"));
            tryItOut(wait, users);
            users.findElement(By.cssSelector("button.execute")).click();
            String listed = response(wait, users, "200");
            assertTrue(listed.contains("\"username\": \"" + admin + "\""), listed);
        } finally {
            browser.quit();
        }
    }

    @Test
    void seedZerosFetchExamplesWorkAsWrittenInASignedInPage() {
        ScanportClient client = readyClient();
        String admin = TestAccounts.bearerOfNew(client, "seed_admin", true);
        HttpResult cart = client.post("carts/", "{}", "Content-Type", "application/json", "Authorization", admin);
        assertEquals(201, cart.status(), cart::toString);
        long cartId = cart.json().getJsonNumber("cart_id").longValue();
        String shopper = TestAccounts.uniqueName("seed_shopper");
        assertEquals(200, TestAccounts.signUp(client, shopper, false).status());
        HttpResult login = TestAccounts.logIn(client, shopper, TestAccounts.PASSWORD);
        String server = client.base().toString().replaceFirst("^http://", "").replaceFirst("/$", "");

        WebDriver browser = chromium();
        try {
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            // A page of the server's own origin, signed in as its web app is: the session cookie.
            browser.get(client.base().resolve("version").toString());
            browser.manage().addCookie(new Cookie("rds-session", login.json().getString("access_token")));

            String qr = SEED_QR_EXAMPLE.replace("<your-server-address>", server).replace("= 123;", "= " + cartId + ";");
            JsonObject shown = run(browser, "document.body.innerHTML = '<img id=\"qrCodeImage\">';"
                    + "document.getElementById('qrCodeImage').onload = finish;" + qr);
            assertTrue(shown.getInt("image") >= 200, "the cart's screen shows the QR code: " + shown);

            String token = client.get("customer-session/qr/" + cartId, "Accept", "application/json").json().getString("token");
            String scan = SEED_SCAN_EXAMPLE.replace("<your-server-address>", server)
                    .replace("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...", token);
            JsonObject scanned = run(browser, "const poll = setInterval(() => { if (logged.length) { clearInterval(poll);"
                    + " finish(); } }, 50);" + scan);
            JsonArray logged = scanned.getJsonArray("logged").getJsonArray(0);
            assertEquals("log", logged.getString(0), scanned::toString);
            assertEquals("Session created:", logged.getString(1), scanned::toString);
            JsonObject session = logged.getJsonObject(2);
            assertEquals(login.json().getJsonNumber("user_id").longValue(), session.getJsonNumber("user_id").longValue());
            assertEquals(cartId, session.getJsonNumber("cart_id").longValue());
            assertTrue(session.getBoolean("is_active"), session::toString);
        } finally {
            browser.quit();
        }
    }

    /** Runs an example in the page after {@link #CONSOLE}; what it logged, and the QR image's width. */
    private static JsonObject run(WebDriver browser, String script) {
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript(CONSOLE + script);
        return Json.createReader(new StringReader((String) answer)).readObject();
    }

    private ScanportClient readyClient() {
        ScanportClient client = new ScanportClient(Deployments.uri(base));
        Eventually.await(Duration.ofSeconds(120), () -> client.get("health/ready"),
                r -> r.status() == 200 && r.body().contains("\"database\""), "readiness");
        return client;
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("scanport.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,3000");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("scanport.it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(driver, options);
    }

    private static void tryItOut(WebDriverWait wait, WebElement operation) {
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        // The button is drawn once the operation has opened: wait for it, then until it takes a click.
        WebElement button = wait.until(d -> operation.findElement(By.cssSelector(".try-out__btn")));
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** The body of the answer the UI shows, once it shows one, after checking its status. */
    private static String response(WebDriverWait wait, WebElement operation, String status) {
        WebElement code = wait.until(d -> operation
                .findElements(By.cssSelector(".live-responses-table tbody .response-col_status")).stream()
                .findFirst().orElse(null));
        String body = operation.findElement(By.cssSelector(".live-responses-table .response-col_description pre")).getText();
        assertEquals(status, code.getText().strip(), body);
        return body;
    }
}
