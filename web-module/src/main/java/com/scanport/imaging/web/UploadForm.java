package com.scanport.imaging.web;

import com.scanport.imaging.JobUpload;
import com.scanport.platform.web.Length;
import com.scanport.platform.web.Matches;
import com.scanport.platform.web.Required;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seed 001's upload form: the photo and its owner's details. */
@Schema(name = "UploadForm")
public record UploadForm(
        @Required
        @Schema(description = "The photo: PNG or JPEG, at most SCANPORT_IMAGING_MAX_UPLOAD_BYTES (10 MB) and "
                + "SCANPORT_IMAGING_MAX_PIXELS (40 megapixels)")
        byte[] file,
        @Required
        @Length(min = 1, max = UploadForm.MAX_NAME)
        @Matches(regexp = UploadForm.NO_CONTROLS, message = UploadForm.NO_CONTROLS_MESSAGE)
        @Schema(description = "Owner's first name")
        String firstName,
        @Required
        @Length(min = 1, max = UploadForm.MAX_NAME)
        @Matches(regexp = UploadForm.NO_CONTROLS, message = UploadForm.NO_CONTROLS_MESSAGE)
        @Schema(description = "Owner's last name")
        String lastName,
        @Required
        @Length(min = 1, max = UploadForm.MAX_NAME)
        @Matches(regexp = UploadForm.NO_CONTROLS, message = UploadForm.NO_CONTROLS_MESSAGE)
        @Schema(description = "The animal's name")
        String animalName,
        @Required
        @Length(min = 1, max = 2048)
        @Schema(description = "What the owner's QR code holds: their page's address, or the bare code")
        String qrContent,
        @Length(min = 1, max = 40)
        @Schema(description = "One of GET /animal_types; other when not sent")
        String animalType,
        @Schema(description = "Whether the animal has a broken bone; false when not sent")
        Boolean brokenBone) {

    static final int MAX_NAME = 100;
    static final String NO_CONTROLS = "[^\\p{Cntrl}]*";
    static final String NO_CONTROLS_MESSAGE = "must not contain control characters";

    JobUpload upload() {
        return new JobUpload(qrContent, firstName, lastName, animalName, animalType == null ? "other" : animalType,
                Boolean.TRUE.equals(brokenBone), file);
    }

    @Override
    public String toString() {
        return "UploadForm[" + (file == null ? 0 : file.length) + " bytes]";
    }
}
