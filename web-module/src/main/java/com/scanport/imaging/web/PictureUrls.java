package com.scanport.imaging.web;

import com.scanport.imaging.ImageDeskSettings;
import com.scanport.imaging.ResultLinks;
import com.scanport.platform.web.PublicUrls;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Absolute addresses of the desk's pictures: results and originals signed for a short while
 * ({@code scanport.imaging.result-url-seconds}), so an {@code <img>} tag shows them without a
 * token; carousel entries, which are open.
 */
@ApplicationScoped
public class PictureUrls {

    @Inject
    private PublicUrls urls;

    @EJB
    private ImageDeskSettings settings;

    @Inject
    private Clock clock;

    /**
     * Signs the picture addresses of one answer, all with one base and one expiry: an answer
     * lists dozens, and the base and the lifetime cost more to look up than a signature.
     */
    public Signer signer(UriInfo request) {
        return new Signer(request);
    }

    /** Addresses {@code <base>/results/<job>/<option>?expires=...&signature=...}, for one answer. */
    public final class Signer {

        private final UriInfo request;
        private String base;
        private long expires;

        private Signer(UriInfo request) {
            this.request = request;
        }

        public String picture(long jobId, String option) {
            // Looked up with the first address: an answer with none neither reads nor checks the base.
            if (base == null) {
                base = urls.base(request);
                expires = clock.instant().getEpochSecond() + settings.resultUrlSeconds();
            }
            return base + "/results/" + jobId + "/" + option + "?expires=" + expires + "&signature="
                    + ResultLinks.signature(jobId, option, expires);
        }
    }

    /** The addresses of a carousel of {@code entries} entries, {@code <base>/carousel/<index>}, with one base. */
    public List<String> carousel(UriInfo request, int entries) {
        if (entries == 0) {
            return List.of();
        }
        String base = urls.base(request);
        return IntStream.range(0, entries).mapToObj(index -> base + "/carousel/" + index).toList();
    }
}
