package com.scanport.imaging;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The image jobs' configuration ({@code scanport.imaging.*}), checked once at deployment: a
 * value out of range fails the deployment with one line that names it.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class ImageDeskSettings {

    public static final String DEFAULT_MAX_UPLOAD_BYTES = "10485760";
    /** Always offered, whatever else is configured. */
    static final String OTHER = "other";
    private static final Pattern ANIMAL_TYPE = Pattern.compile("[a-z0-9][a-z0-9 _-]{0,39}");

    @Inject
    @ConfigProperty(name = "scanport.imaging.animal-types", defaultValue = "dog,cat,horse")
    String animalTypeList;

    @Inject
    @ConfigProperty(name = "scanport.imaging.results-per-image", defaultValue = "2")
    int resultsPerImage;

    @Inject
    @ConfigProperty(name = "scanport.imaging.carousel-size", defaultValue = "10")
    int carouselSize;

    @Inject
    @ConfigProperty(name = "scanport.imaging.lease-seconds", defaultValue = "300")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "scanport.imaging.max-upload-bytes", defaultValue = DEFAULT_MAX_UPLOAD_BYTES)
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "scanport.imaging.max-pixels", defaultValue = "40000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "scanport.imaging.retention-days", defaultValue = "30")
    int retentionDays;

    @Inject
    @ConfigProperty(name = "scanport.imaging.result-url-seconds", defaultValue = "900")
    int resultUrlSeconds;

    @Inject
    @ConfigProperty(name = "scanport.imaging.max-deliveries", defaultValue = "6")
    int maxDeliveries;

    private List<String> animalTypes;

    @PostConstruct
    void check() {
        Set<String> types = new LinkedHashSet<>();
        for (String type : animalTypeList.split(",")) {
            String name = type.strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                require(ANIMAL_TYPE.matcher(name).matches(), "animal-types", "ANIMAL_TYPES",
                        "a comma-separated list of names of 1 to 40 letters, digits, spaces, _ or -", type);
                types.add(name);
            }
        }
        types.remove(OTHER);
        List<String> all = new ArrayList<>(types);
        all.add(OTHER);
        animalTypes = List.copyOf(all);
        require(resultsPerImage >= 1 && resultsPerImage <= 10, "results-per-image", "RESULTS_PER_IMAGE", "1 to 10",
                resultsPerImage);
        require(carouselSize >= 1 && carouselSize <= 1000, "carousel-size", "CAROUSEL_SIZE", "1 to 1000", carouselSize);
        require(leaseSeconds >= 1 && leaseSeconds <= 86_400, "lease-seconds", "LEASE_SECONDS", "1 to 86400", leaseSeconds);
        require(maxUploadBytes >= 1024 && maxUploadBytes <= 64L * 1024 * 1024, "max-upload-bytes", "MAX_UPLOAD_BYTES",
                "1024 to 67108864", maxUploadBytes);
        require(maxPixels >= 1 && maxPixels <= 250_000_000L, "max-pixels", "MAX_PIXELS", "1 to 250000000", maxPixels);
        require(retentionDays >= 1, "retention-days", "RETENTION_DAYS", "at least 1", retentionDays);
        require(resultUrlSeconds >= 10 && resultUrlSeconds <= 86_400, "result-url-seconds", "RESULT_URL_SECONDS",
                "10 to 86400", resultUrlSeconds);
        require(maxDeliveries >= 1 && maxDeliveries <= 100, "max-deliveries", "MAX_DELIVERIES", "1 to 100", maxDeliveries);
    }

    private static void require(boolean valid, String key, String variable, String range, Object value) {
        if (!valid) {
            throw new IllegalStateException("scanport.imaging." + key + " (SCANPORT_IMAGING_" + variable + ") must be "
                    + range + ", not " + value);
        }
    }

    /** The configured types, then {@code other}. */
    public List<String> animalTypes() {
        return animalTypes;
    }

    public int resultsPerImage() {
        return resultsPerImage;
    }

    public int carouselSize() {
        return carouselSize;
    }

    public int leaseSeconds() {
        return leaseSeconds;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public long maxPixels() {
        return maxPixels;
    }

    public int retentionDays() {
        return retentionDays;
    }

    public int resultUrlSeconds() {
        return resultUrlSeconds;
    }

    public int maxDeliveries() {
        return maxDeliveries;
    }
}
