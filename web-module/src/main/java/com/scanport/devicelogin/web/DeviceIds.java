package com.scanport.devicelogin.web;

import java.util.regex.Pattern;

/** What a device id is: 16 to 128 characters of A-Z, a-z, 0-9, _ and -, enough for a random secret. */
final class DeviceIds {

    static final String PATTERN = "[A-Za-z0-9_-]{16,128}";
    static final String RULE = "must be 16 to 128 characters of A-Z, a-z, 0-9, _ and -";
    private static final Pattern DEVICE_ID = Pattern.compile(PATTERN);

    private DeviceIds() {
    }

    static boolean isDeviceId(String text) {
        return text != null && DEVICE_ID.matcher(text).matches();
    }
}
