package com.scanport.imaging;

/**
 * A photo as staff upload it, with its owner's details. {@code ownerCode} is what was scanned:
 * an owner page's address or the bare code.
 */
public record JobUpload(String ownerCode, String firstName, String lastName, String animalName, String animalType,
                        boolean brokenBone, byte[] photo) {

    /** The code itself, from an owner page's address or the bare code. */
    public JobUpload withOwnerCode(String code) {
        return new JobUpload(code, firstName, lastName, animalName, animalType, brokenBone, photo);
    }

    @Override
    public String toString() {
        return "JobUpload[job for " + ownerCode + ", " + (photo == null ? 0 : photo.length) + " bytes]";
    }
}
