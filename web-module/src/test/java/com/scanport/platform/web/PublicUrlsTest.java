package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** SCANPORT_PUBLIC_URL: a base for absolute links, or a failed deployment that says what is wrong. */
class PublicUrlsTest {

    @Test
    void anHttpOrHttpsBaseIsKeptWithoutItsTrailingSlash() {
        assertEquals("https://desk.example.com", PublicUrls.checked("https://desk.example.com/"));
        assertEquals("http://10.0.0.5:8080/scanport", PublicUrls.checked(" http://10.0.0.5:8080/scanport "));
    }

    @Test
    void anythingElseFailsTheDeployment() {
        for (String bad : new String[] {"desk.example.com", "ftp://desk.example.com", "https://desk.example.com/?a=b",
            "https://desk.example.com/#top", "http://desk.example.com:99999", "https://user:pw@desk.example.com", "javascript:alert(1)", "http://",
            "https://" + "a".repeat(200) + ".com"}) {
            assertThrows(IllegalStateException.class, () -> PublicUrls.checked(bad), bad);
        }
    }
}
