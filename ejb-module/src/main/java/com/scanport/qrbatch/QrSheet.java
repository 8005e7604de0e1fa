package com.scanport.qrbatch;

/** A finished batch's printable PDF. */
public record QrSheet(long batchId, byte[] pdf) {

    @Override
    public String toString() {
        return "QrSheet[batch " + batchId + ", " + pdf.length + " bytes]";
    }
}
