package com.scanport.imaging.web;

import com.scanport.platform.web.Length;
import com.scanport.platform.web.Required;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seed 001's result form: a worker's picture for a job, with the lease GET /job gave it. */
@Schema(name = "ResultForm")
public record ResultForm(
        @Required
        @Schema(description = "The job's id: img_id of GET /job")
        Long imageId,
        @Required
        @Schema(description = "The result: PNG (or JPEG, kept as PNG)")
        byte[] result,
        @Length(min = 1, max = 64)
        @Schema(description = "lease_id of GET /job. Without it the result goes to a slot of the job that is being "
                + "worked on, as the seed's workers expect")
        String leaseId) {

    @Override
    public String toString() {
        return "ResultForm[job " + imageId + ", " + (result == null ? 0 : result.length) + " bytes]";
    }
}
