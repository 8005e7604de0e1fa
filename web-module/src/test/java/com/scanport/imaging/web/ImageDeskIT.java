package com.scanport.imaging.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.testing.Deployments;
import com.scanport.testing.HttpResult;
import com.scanport.testing.ImageDeskSuite;
import com.scanport.testing.PrintedCodes;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The image desk suite on Payara Micro with the real WAR, and the full-size batch. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImageDeskIT extends ImageDeskSuite {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.microWar();
    }

    @Override
    protected URI base() {
        return Deployments.uri(base);
    }

    @Override
    protected URI healthBase() {
        return base();
    }

    /** The "done when": 1000 codes, 29 pages, every code scans to a working owner page. */
    @Test
    void aThousandCodesFill29PagesAndEveryOneOpensItsOwnersPage() {
        String staff = staffBearer();
        HttpResult started = client.get("qr?n=1000", "Authorization", staff);
        assertEquals(200, started.status(), started::toString);
        awaitDone(staff, 1000);
        HttpResponse<byte[]> download = client.getBytes("qr/download", "Authorization", staff);
        assertEquals(200, download.statusCode());
        assertTrue(download.body().length <= 1_000_000, "at most 1 MB: " + download.body().length);

        PrintedCodes.Sheet sheet = PrintedCodes.read(download.body());
        assertEquals(29, sheet.pages());
        assertEquals(1000, sheet.codes().size());
        String owners = client.base() + "owners/";
        Set<String> codes = codesOf(sheet, owners);
        assertEquals(1000, codes.size(), "no code twice");
        for (String code : List.copyOf(codes)) {
            HttpResult page = client.get("owners/" + code, "Accept", "application/json");
            assertEquals(200, page.status(), code + ": " + page);
        }
    }
}
