package com.scanport.imaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One picture of a job: the upload as sent (until it is normalized), the normalized original,
 * or the result of one option. Kept apart from the job's row, so reading jobs reads no pictures.
 */
@Entity
@Table(name = "image_job_picture")
@IdClass(JobPicture.Key.class)
public class JobPicture {

    static final String UPLOAD = "upload";
    static final String ORIGINAL = "original";

    /** The primary key (a plain class: providers set an id class's fields one by one). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long jobId;
        private String picture;

        public Key() {
        }

        public Key(Long jobId, String picture) {
            this.jobId = jobId;
            this.picture = picture;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(jobId, key.jobId)
                    && Objects.equals(picture, key.picture);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, picture);
        }
    }

    @Id
    @Column(name = "job_id")
    private Long jobId;

    @Id
    @Column(name = "picture")
    private String picture;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "byte_count", nullable = false)
    private int byteCount;

    protected JobPicture() {
    }

    JobPicture(long jobId, String picture, byte[] content) {
        this.jobId = jobId;
        this.picture = picture;
        this.content = content;
        this.byteCount = content.length;
    }

    static String result(int option) {
        return "result-" + option;
    }

    byte[] content() {
        return content;
    }
}
