package com.scanport.imaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One uploaded photo on its way from the desk to an owner's page: received, normalized
 * (ready for workers), all its results in (review), then confirmed, cancelled or failed.
 */
@Entity
@Table(name = "image_job")
public class ImageJob {

    static final String RECEIVED = "received";
    static final String READY = "ready";
    static final String REVIEW = "review";
    static final String CONFIRMED = "confirmed";
    static final String CANCELLED = "cancelled";
    static final String FAILED = "failed";
    private static final int MAX_FAILURE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "image_job_seq")
    @SequenceGenerator(name = "image_job_seq", sequenceName = "image_job_seq", allocationSize = 1)
    private Long id;

    @Column(name = "owner_code", nullable = false)
    private String ownerCode;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "animal_name", nullable = false)
    private String animalName;

    @Column(name = "animal_type", nullable = false)
    private String animalType;

    @Column(name = "broken_bone", nullable = false)
    private boolean brokenBone;

    @Column(nullable = false)
    private String state;

    @Column(name = "results_needed", nullable = false)
    private int resultsNeeded;

    @Column(name = "chosen_option")
    private Integer chosenOption;

    @Column
    private String failure;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "pictures_purged", nullable = false)
    private boolean picturesPurged;

    protected ImageJob() {
    }

    ImageJob(JobUpload upload, int resultsNeeded, Instant now) {
        this.ownerCode = upload.ownerCode();
        this.firstName = upload.firstName();
        this.lastName = upload.lastName();
        this.animalName = upload.animalName();
        this.animalType = upload.animalType();
        this.brokenBone = upload.brokenBone();
        this.resultsNeeded = resultsNeeded;
        this.state = RECEIVED;
        this.createdAt = now;
        this.changedAt = now;
    }

    Long getId() {
        return id;
    }

    String getState() {
        return state;
    }

    int getResultsNeeded() {
        return resultsNeeded;
    }

    Integer getChosenOption() {
        return chosenOption;
    }

    boolean isReceived() {
        return RECEIVED.equals(state);
    }

    boolean isReady() {
        return READY.equals(state);
    }

    boolean inReview() {
        return REVIEW.equals(state);
    }

    /** Confirmed or cancelled: staff are done with it. */
    boolean isEnded() {
        return CONFIRMED.equals(state) || CANCELLED.equals(state);
    }

    /** The photo is normalized: workers may take its result slots. */
    void ready(Instant now) {
        move(READY, now);
    }

    /** Every slot has its result: staff choose one. */
    void review(Instant now) {
        move(REVIEW, now);
    }

    void confirm(int option, Instant now) {
        if (option < 0 || option >= resultsNeeded) {
            throw new IllegalArgumentException("No option " + option);
        }
        chosenOption = option;
        confirmedAt = now;
        move(CONFIRMED, now);
    }

    /** The results are dropped; workers take the job again. */
    void retry(Instant now) {
        move(READY, now);
    }

    void cancel(Instant now) {
        move(CANCELLED, now);
    }

    void fail(String reason, Instant now) {
        failure = reason.length() > MAX_FAILURE ? reason.substring(0, MAX_FAILURE - 3) + "..." : reason;
        move(FAILED, now);
    }

    /** Its message goes out again; the clock for the next try starts now. */
    void announcedAgain(Instant now) {
        changedAt = now;
    }

    void picturesPurged() {
        picturesPurged = true;
    }

    private void move(String next, Instant now) {
        state = next;
        changedAt = now;
    }

    JobSummary summary() {
        return new JobSummary(id, firstName, lastName, animalName, animalType, brokenBone, state, resultsNeeded,
                failure, changedAt);
    }

    ConfirmedResult confirmedResult() {
        return new ConfirmedResult(id, animalName, animalType, chosenOption, confirmedAt);
    }
}
