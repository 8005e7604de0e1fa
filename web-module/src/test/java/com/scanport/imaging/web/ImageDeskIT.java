package com.scanport.imaging.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.testing.Deployments;
import com.scanport.testing.Eventually;
import com.scanport.testing.HttpResult;
import com.scanport.testing.ImageDeskSuite;
import com.scanport.testing.PrintedCodes;
import com.scanport.testing.TestAccounts;
import com.scanport.testing.TestPictures;
import com.scanport.tools.ReferenceWorker;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The image desk suite on Payara Micro with the real WAR, and the checks too long for every
 * server: the full-size batch, 200 jobs for four workers, a poison photo through the dead-letter path.
 */
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

    /** The load check: four workers on 200 jobs; every job ends with exactly its results, none twice. */
    @Test
    void fourWorkersOn200JobsGiveEveryJobExactlyItsResults() throws Exception {
        String staff = staffBearer();
        String code = ownerCode(staff);
        List<String> jobs = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> uploads = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int seed = thread;
                uploads.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        HttpResult uploaded = form(code, "horse").file("file", "p.png", "image/png",
                                TestPictures.photo(64, 48, "png", seed * 100 + i)).post(client, "upload", "Authorization", staff);
                        assertEquals(200, uploaded.status(), uploaded::toString);
                        jobs.add(Long.toString(uploaded.json().getJsonNumber("job_id").longValue()));
                    }
                    return null;
                }));
            }
            List<ReferenceWorker> workers = new ArrayList<>();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ReferenceWorker worker = new ReferenceWorker(client.base(), TestAccounts.staffPassword());
                workers.add(worker);
                running.add(pool.submit(worker));
            }
            for (Future<?> upload : uploads) {
                upload.get();
            }
            JsonObject results = Eventually.await(Duration.ofSeconds(120),
                    () -> client.get("results", "Authorization", staff).json().getJsonObject("results"),
                    listed -> listed.keySet().containsAll(jobs), "all 200 jobs to have their results");
            workers.forEach(ReferenceWorker::stop);
            for (Future<?> worker : running) {
                worker.get();
            }
            for (String job : jobs) {
                assertEquals(2, results.getJsonArray(job).size(), job);
            }
            assertEquals(400, workers.stream().mapToInt(ReferenceWorker::posted).sum(), "two results a job, none twice");
            assertEquals(0, workers.stream().mapToInt(ReferenceWorker::refused).sum(), "no worker held a slot another had");
            for (String job : jobs) {
                assertEquals(200, client.get("confirm?image_id=" + job + "&choice=0&confirm=cancel", "Authorization", staff)
                        .status());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A photo whose header reads but whose pixels do not: the listener fails on every delivery,
     * the broker dead-letters the message, and the job shows as failed, with the reason.
     */
    @Test
    void aPhotoTheListenerCannotDecodeFailsThroughTheDeadLetterPathWithItsReason() {
        String staff = staffBearer();
        HttpResult uploaded = form(ownerCode(staff), "other")
                .file("file", "poison.png", "image/png", TestPictures.pngWithBrokenData(64, 48))
                .post(client, "upload", "Authorization", staff);
        assertEquals(200, uploaded.status(), "the header is a PNG's: " + uploaded);
        String job = Long.toString(uploaded.json().getJsonNumber("job_id").longValue());
        JsonObject failed = Eventually.await(Duration.ofSeconds(90),
                () -> client.get("results", "Authorization", staff).json().getJsonObject("failed"),
                listed -> listed.containsKey(job), "the job to fail");
        assertTrue(failed.getJsonObject(job).getString("reason").startsWith("The photo could not be processed: "
                + "The PNG image could not be decoded"), failed::toString);
        assertEquals(204, client.getBytes("job", "Authorization", staff).statusCode(), "workers never see it");
        assertEquals(200, client.get("confirm?image_id=" + job + "&choice=0&confirm=cancel", "Authorization", staff).status());
        assertFalse(client.get("results", "Authorization", staff).json().getJsonObject("failed").containsKey(job));
    }
}
