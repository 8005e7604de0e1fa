package com.scanport.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Content negotiation between JSON and one other answer (a PNG for a screen, a page for people). */
public final class Accepts {

    private Accepts() {
    }

    /**
     * Whether the client names JSON before {@code other} in its {@code Accept} (by quality, then
     * order): {@code *}{@code /*} or nothing at all gets {@code other}, which is what a screen or a
     * browser asks for without saying so.
     */
    public static boolean jsonBefore(HttpHeaders headers, MediaType other) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardType()) {
                return true;
            }
            if (accepted.isCompatible(other)) {
                return false;
            }
        }
        return false;
    }
}
