package com.scanport.imaging.web;

import com.scanport.imaging.ImageDeskSettings;
import com.scanport.imaging.ResultLinks;
import com.scanport.platform.web.PublicUrls;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;

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

    /** {@code <base>/results/<job>/<option>?expires=...&signature=...}. */
    public String picture(UriInfo request, long jobId, String option) {
        long expires = clock.instant().getEpochSecond() + settings.resultUrlSeconds();
        return urls.base(request) + "/results/" + jobId + "/" + option + "?expires=" + expires + "&signature="
                + ResultLinks.signature(jobId, option, expires);
    }

    public String carousel(UriInfo request, int index) {
        return urls.base(request) + "/carousel/" + index;
    }
}
