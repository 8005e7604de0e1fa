package com.scanport.platform;

/** The roles a Scanport JWT can carry in its {@code groups} claim. */
public final class Roles {

    public static final String USER = "user";
    public static final String ADMIN = "admin";
    /** The image desk and its workers. */
    public static final String STAFF = "staff";

    private Roles() {
    }
}
