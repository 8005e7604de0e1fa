package com.scanport.imaging;

import com.scanport.platform.ConflictException;
import com.scanport.platform.InvalidInputException;
import com.scanport.platform.NotFoundException;
import com.scanport.platform.Outbox;
import com.scanport.platform.Secrets;
import com.scanport.qrbatch.QrBatches;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The image desk's jobs, from upload to the owner's page: accepting a photo (announced on the
 * image queue in the same transaction, through the outbox), normalizing it when the queue's
 * listener says so, leasing result slots to workers, taking their results, and staff's
 * decision. Every state change is a conditional update or runs under the job's row lock, so
 * instances and workers can race freely.
 */
@Stateless
public class ImageJobs {

    /** Physical queue name; the listener's activation config names the same queue. */
    public static final String QUEUE = "scanport.imaging.image-job";
    public static final String ORIGINAL = "original";
    private static final int CANDIDATES = 8;
    static final String LEASE_RAN_OUT = "The lease has run out and its slot went back to the queue";
    private static final Logger LOG = Logger.getLogger(ImageJobs.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Outbox outbox;

    @EJB
    private QrBatches batches;

    @EJB
    private ImageDeskSettings settings;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    public List<String> animalTypes() {
        return settings.animalTypes();
    }

    public int resultsPerImage() {
        return settings.resultsPerImage();
    }

    /**
     * Stores a photo and its job, and announces it on the image queue; the job reaches workers
     * once the queue's listener has normalized the photo.
     *
     * @throws InvalidInputException for a code this desk never printed, an animal type it does
     *                               not know, or a file that is no PNG or JPEG within the limits
     */
    public UploadReceipt upload(JobUpload upload) {
        String code = ownerCodeIn(upload.ownerCode());
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            acceptable(upload.photo());
        } catch (Pictures.PictureException e) {
            errors.put("file", e.getMessage());
        }
        if (!batches.isOwnerCode(code)) {
            errors.put("qr_content", "must be the content of a QR code this desk generated");
        }
        if (!settings.animalTypes().contains(upload.animalType())) {
            errors.put("animal_type", "must be one of " + String.join(", ", settings.animalTypes()));
        }
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new InvalidInputException(first.getKey() + " " + first.getValue(), errors);
        }
        ImageJob job = new ImageJob(upload.withOwnerCode(code), settings.resultsPerImage(), clock.instant());
        em.persist(job);
        em.flush();
        em.persist(new JobPicture(job.getId(), JobPicture.UPLOAD, upload.photo()));
        announce(job.getId());
        long queued = em.createQuery("SELECT COUNT(j) FROM ImageJob j WHERE j.state IN :waiting", Long.class)
                .setParameter("waiting", List.of(ImageJob.RECEIVED, ImageJob.READY))
                .getSingleResult();
        return new UploadReceipt(job.getId(), queued);
    }

    /** Tells the image queue's listener, once this transaction has committed, that a photo waits. */
    private void announce(long jobId) {
        outbox.enqueue(QUEUE, Json.createObjectBuilder().add("job", jobId).build().toString());
    }

    /** The code in what was scanned: an owner page's address ({@code .../owners/<code>}) or the code itself. */
    static String ownerCodeIn(String scanned) {
        String text = scanned == null ? "" : scanned.strip();
        int owners = text.lastIndexOf("/owners/");
        return owners < 0 ? text : text.substring(owners + "/owners/".length());
    }

    /**
     * Normalizes a received job's photo and opens its result slots; called by the image queue's
     * listener, in its transaction. A photo that cannot be decoded fails the delivery, so the
     * broker delivers it again; on the last delivery the job is marked failed first.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void normalize(long jobId, int delivery) {
        ImageJob job = em.find(ImageJob.class, jobId);
        if (job == null || !job.isReceived()) {
            return;
        }
        JobPicture upload = em.find(JobPicture.class, new JobPicture.Key(jobId, JobPicture.UPLOAD));
        byte[] png;
        try {
            png = Pictures.normalize(upload.content(), settings.maxPixels());
        } catch (Pictures.PictureException | RuntimeException e) {
            // Whatever stops it, the last delivery leaves the job failed and visible, never waiting unseen.
            String reason = e instanceof Pictures.PictureException ? e.getMessage()
                    : "processing failed (" + e.getClass().getSimpleName() + ")";
            if (delivery >= settings.maxDeliveries()) {
                context.getBusinessObject(ImageJobs.class).fail(jobId, reason);
            }
            throw new IllegalStateException("Job " + jobId + ", delivery " + delivery + ": " + reason, e);
        }
        Instant now = clock.instant();
        int opened = em.createQuery("UPDATE ImageJob j SET j.state = :ready, j.changedAt = :now "
                        + "WHERE j.id = :id AND j.state = :received")
                .setParameter("ready", ImageJob.READY)
                .setParameter("now", now)
                .setParameter("id", jobId)
                .setParameter("received", ImageJob.RECEIVED)
                .executeUpdate();
        if (opened == 0) {
            return;
        }
        em.remove(upload);
        em.persist(new JobPicture(jobId, ORIGINAL, png));
        openSlots(jobId, job.getResultsNeeded());
    }

    /** Marks a received job failed, in a transaction of its own that survives the delivery's rollback. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long jobId, String reason) {
        ImageJob job = em.find(ImageJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && job.isReceived()) {
            job.fail("The photo could not be processed: " + reason, clock.instant());
            LOG.warning(() -> "Image job " + jobId + " failed: " + reason);
        }
    }

    /**
     * Leases one result slot of the oldest ready job for {@code leaseSeconds} (at most the
     * configured lease time), or nothing when no slot is free.
     */
    public Optional<WorkItem> take(Integer leaseSeconds) {
        int seconds = leaseSeconds == null ? settings.leaseSeconds() : Math.min(leaseSeconds, settings.leaseSeconds());
        Instant now = clock.instant();
        for (int round = 0; round < 3; round++) {
            List<ResultSlot> free = em.createQuery("SELECT s FROM ResultSlot s WHERE s.state = :open "
                            + "OR (s.state = :leased AND s.leaseExpiresAt < :now) ORDER BY s.jobId, s.option", ResultSlot.class)
                    .setParameter("open", ResultSlot.OPEN)
                    .setParameter("leased", ResultSlot.LEASED)
                    .setParameter("now", now)
                    .setMaxResults(CANDIDATES)
                    .getResultList();
            if (free.isEmpty()) {
                return Optional.empty();
            }
            for (ResultSlot slot : free) {
                Instant until = now.plusSeconds(seconds);
                // Its expiry in the clear: a result that comes after another worker took the slot
                // over is told its lease ran out, rather than that it never existed.
                String leaseId = until.toEpochMilli() + "." + Secrets.randomToken(16);
                int won = em.createQuery("UPDATE ResultSlot s SET s.state = :leased, s.leaseHash = :hash, "
                                + "s.leaseExpiresAt = :until WHERE s.jobId = :job AND s.option = :option "
                                + "AND (s.state = :open OR (s.state = :leased AND s.leaseExpiresAt < :now))")
                        .setParameter("leased", ResultSlot.LEASED)
                        .setParameter("hash", Secrets.sha256Hex(leaseId))
                        .setParameter("until", until)
                        .setParameter("job", slot.getJobId())
                        .setParameter("option", slot.getOption())
                        .setParameter("open", ResultSlot.OPEN)
                        .setParameter("now", now)
                        .executeUpdate();
                if (won == 1) {
                    ImageJob job = em.find(ImageJob.class, slot.getJobId());
                    JobPicture photo = em.find(JobPicture.class, new JobPicture.Key(slot.getJobId(), ORIGINAL));
                    return Optional.of(new WorkItem(job.summary(), slot.getOption(), leaseId, until, photo.content()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Takes a worker's result for a job: for the slot its lease names, or without a lease (the
     * seed's workers know none) for a slot that is being worked on. The job's last result puts it
     * up for review.
     *
     * @throws NotFoundException    for an unknown job or lease
     * @throws ConflictException    for a job that takes no more results, or a lease that ran out
     * @throws InvalidInputException for a result that is no PNG or JPEG within the limits
     */
    public void submit(long jobId, String leaseId, byte[] result) {
        byte[] png = resultPicture(result);
        ImageJob job = em.find(ImageJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            throw new NotFoundException("Job not found");
        }
        if (!job.isReady()) {
            throw new ConflictException("Job " + jobId + " takes no more results");
        }
        Instant now = clock.instant();
        ResultSlot slot;
        if (leaseId == null) {
            slot = em.createQuery("SELECT s FROM ResultSlot s WHERE s.jobId = :job AND s.state = :leased "
                            + "ORDER BY s.leaseExpiresAt DESC", ResultSlot.class)
                    .setParameter("job", jobId)
                    .setParameter("leased", ResultSlot.LEASED)
                    .setMaxResults(1)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new ConflictException("No result of job " + jobId + " is being worked on; "
                            + "take it with GET /job first"));
        } else {
            slot = em.createQuery("SELECT s FROM ResultSlot s WHERE s.jobId = :job AND s.leaseHash = :hash",
                            ResultSlot.class)
                    .setParameter("job", jobId)
                    .setParameter("hash", Secrets.sha256Hex(leaseId))
                    .getResultStream().findFirst()
                    .orElseThrow(() -> leaseRanOut(leaseId, now) ? new ConflictException(LEASE_RAN_OUT)
                            : new NotFoundException("Unknown lease"));
            if (!ResultSlot.LEASED.equals(slot.getState())) {
                throw new ConflictException("This lease's result has been posted already");
            }
            if (slot.getLeaseExpiresAt().isBefore(now)) {
                throw new ConflictException(LEASE_RAN_OUT);
            }
        }
        int done = em.createQuery("UPDATE ResultSlot s SET s.state = :done WHERE s.jobId = :job "
                        + "AND s.option = :option AND s.state = :leased AND s.leaseExpiresAt = :until")
                .setParameter("done", ResultSlot.DONE)
                .setParameter("job", jobId)
                .setParameter("option", slot.getOption())
                .setParameter("leased", ResultSlot.LEASED)
                .setParameter("until", slot.getLeaseExpiresAt())
                .executeUpdate();
        if (done == 0) {
            throw new ConflictException(LEASE_RAN_OUT);
        }
        em.persist(new JobPicture(jobId, JobPicture.result(slot.getOption()), png));
        long open = em.createQuery("SELECT COUNT(s) FROM ResultSlot s WHERE s.jobId = :job AND s.state <> :done",
                        Long.class)
                .setParameter("job", jobId)
                .setParameter("done", ResultSlot.DONE)
                .getSingleResult();
        if (open == 0) {
            closeSlots(jobId);
            job.review(now);
        }
    }

    /** A result as it is kept: a PNG as sent (its header checked), a JPEG decoded and written as PNG. */
    private byte[] resultPicture(byte[] result) {
        try {
            Pictures.Header header = acceptable(result);
            return Pictures.PNG.equals(header.format()) ? result : Pictures.normalize(result, header);
        } catch (Pictures.PictureException e) {
            throw new InvalidInputException("result " + e.getMessage(), Map.of("result", e.getMessage()));
        }
    }

    /** The header of a photo or result within the configured size and pixel limits, or why it is none. */
    private Pictures.Header acceptable(byte[] picture) throws Pictures.PictureException {
        if (picture.length > settings.maxUploadBytes()) {
            throw new Pictures.PictureException("must be at most " + settings.maxUploadBytes() + " bytes");
        }
        return Pictures.inspect(picture, settings.maxPixels());
    }

    /**
     * What staff act on, oldest first: the jobs whose results are all in, to choose from, and
     * those whose photo could not be processed, until staff cancel them or retention purges
     * them. Read as columns, in one query: staff's list asks for it on every refresh.
     */
    public List<JobSummary> forStaff() {
        return em.createQuery("SELECT j.id, j.firstName, j.lastName, j.animalName, j.animalType, j.brokenBone, "
                        + "j.state, j.resultsNeeded, j.failure, j.changedAt FROM ImageJob j "
                        + "WHERE j.state IN :states AND j.picturesPurged = false ORDER BY j.id", Object[].class)
                .setParameter("states", List.of(ImageJob.REVIEW, ImageJob.FAILED))
                .getResultStream()
                .map(row -> new JobSummary((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (Boolean) row[5], (String) row[6], (Integer) row[7], (String) row[8],
                        (Instant) row[9]))
                .toList();
    }

    /** A job's normalized photo ({@code original}) or one of its results (an option's number). */
    public Optional<byte[]> picture(long jobId, String option) {
        String picture = ORIGINAL.equals(option) ? ORIGINAL : JobPicture.result(Integer.parseInt(option));
        return Optional.ofNullable(em.find(JobPicture.class, new JobPicture.Key(jobId, picture))).map(JobPicture::content);
    }

    /**
     * Staff's decision on a job: confirm one option, retry (the results go, workers take the
     * photo again) or cancel. Only a job in review can be confirmed or retried; any job not yet
     * confirmed or cancelled can be cancelled.
     */
    public void decide(long jobId, Integer choice, ConfirmAction action) {
        ImageJob job = em.find(ImageJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            throw new NotFoundException("Job not found");
        }
        Instant now = clock.instant();
        switch (action) {
            case CONFIRM -> {
                requireReview(job, jobId);
                if (choice == null || choice < 0 || choice >= job.getResultsNeeded()) {
                    String range = "must be an option from 0 to " + (job.getResultsNeeded() - 1);
                    throw new InvalidInputException("choice " + range, Map.of("choice", range));
                }
                job.confirm(choice, now);
            }
            case RETRY -> {
                requireReview(job, jobId);
                em.createQuery("DELETE FROM JobPicture p WHERE p.jobId = :job AND p.picture LIKE 'result-%'")
                        .setParameter("job", jobId)
                        .executeUpdate();
                job.retry(now);
                openSlots(jobId, job.getResultsNeeded());
            }
            case CANCEL -> {
                if (job.isEnded()) {
                    throw new ConflictException("Job " + jobId + " has ended already");
                }
                closeSlots(jobId);
                job.cancel(now);
            }
        }
    }

    private static void requireReview(ImageJob job, long jobId) {
        if (!job.inReview()) {
            throw new ConflictException("Job " + jobId + " is not awaiting confirmation");
        }
    }

    private void openSlots(long jobId, int count) {
        for (int option = 0; option < count; option++) {
            em.persist(new ResultSlot(jobId, option));
        }
    }

    private void closeSlots(long jobId) {
        em.createQuery("DELETE FROM ResultSlot s WHERE s.jobId = :job").setParameter("job", jobId).executeUpdate();
    }

    /** The newest confirmed results, newest first, as many as the carousel shows. */
    public List<ConfirmedResult> carousel() {
        return confirmed(null, settings.carouselSize());
    }

    /** An owner's confirmed results, newest first; empty for a code the desk never printed. */
    public List<ConfirmedResult> ownerResults(String code) {
        return confirmed(code, 1000);
    }

    private List<ConfirmedResult> confirmed(String ownerCode, int limit) {
        TypedQuery<ImageJob> query = em.createQuery("SELECT j FROM ImageJob j WHERE j.state = :confirmed"
                        + (ownerCode == null ? "" : " AND j.ownerCode = :code")
                        + " ORDER BY j.confirmedAt DESC, j.id DESC", ImageJob.class)
                .setParameter("confirmed", ImageJob.CONFIRMED)
                .setMaxResults(limit);
        if (ownerCode != null) {
            query.setParameter("code", ownerCode);
        }
        return query.getResultStream().map(ImageJob::confirmedResult).toList();
    }

    /**
     * Retention: deletes the pictures of jobs cancelled or failed before {@code cutoff}, and the
     * results staff did not choose of jobs confirmed before it. At most {@code limit} jobs a call.
     *
     * @return the jobs purged
     */
    public int purgePicturesBefore(Instant cutoff, int limit) {
        List<ImageJob> due = em.createQuery("SELECT j FROM ImageJob j WHERE j.picturesPurged = false AND "
                        + "((j.state IN :ended AND j.changedAt < :cutoff) OR (j.state = :confirmed AND j.confirmedAt < :cutoff))",
                        ImageJob.class)
                .setParameter("ended", List.of(ImageJob.CANCELLED, ImageJob.FAILED))
                .setParameter("confirmed", ImageJob.CONFIRMED)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
        for (ImageJob job : due) {
            List<String> kept = job.getChosenOption() == null ? List.of()
                    : List.of(ORIGINAL, JobPicture.result(job.getChosenOption()));
            Query purge = em.createQuery("DELETE FROM JobPicture p WHERE p.jobId = :job"
                    + (kept.isEmpty() ? "" : " AND p.picture NOT IN :kept")).setParameter("job", job.getId());
            if (!kept.isEmpty()) {
                purge.setParameter("kept", kept);
            }
            purge.executeUpdate();
            job.picturesPurged();
        }
        return due.size();
    }

    /**
     * Announces again the jobs received before {@code stale} and still not normalized: their
     * message was lost to something other than the photo (the database was away for every
     * delivery, say). Normalizing twice does no harm: the second finds the job ready.
     */
    public int announceAgain(Instant stale) {
        List<ImageJob> waiting = em.createQuery("SELECT j FROM ImageJob j WHERE j.state = :received "
                        + "AND j.changedAt < :stale ORDER BY j.id", ImageJob.class)
                .setParameter("received", ImageJob.RECEIVED)
                .setParameter("stale", stale)
                .setMaxResults(500)
                .getResultList();
        Instant now = clock.instant();
        for (ImageJob job : waiting) {
            job.announcedAgain(now);
            announce(job.getId());
        }
        return waiting.size();
    }

    /** Whether a lease id this desk could have given names an expiry that has passed. */
    static boolean leaseRanOut(String leaseId, Instant now) {
        int dot = leaseId.indexOf('.');
        try {
            return dot > 0 && dot <= 15 && Long.parseLong(leaseId.substring(0, dot)) < now.toEpochMilli();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
