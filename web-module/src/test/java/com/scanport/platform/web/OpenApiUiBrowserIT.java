package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.testing.Deployments;
import com.scanport.testing.Eventually;
import com.scanport.testing.ScanportClient;
import com.scanport.testing.TestAccounts;
import java.io.File;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin in headless Chromium: opens the OpenAPI UI, logs in there, authorizes with the
 * token and lists the users. Needs Debian's chromium and chromium-driver (./mvnw verify -Pbrowser).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiUiBrowserIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.microWar();
    }

    @Test
    void adminLogsInAuthorizesAndListsUsersFromTheUi() {
        ScanportClient client = new ScanportClient(Deployments.uri(base));
        Eventually.await(Duration.ofSeconds(120), () -> client.get("health/ready"),
                r -> r.status() == 200 && r.body().contains("\"database\""), "readiness");
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
