package com.scanport.devicelogin.web;

import com.scanport.platform.web.Matches;
import com.scanport.platform.web.NoOtherFields;
import com.scanport.platform.web.Verbatim;

/** The optional body of the user's decision: which device it is about, when more than one waits. */
@NoOtherFields
public record DecisionRequest(
        @Verbatim
        @Matches(regexp = DeviceIds.PATTERN, message = DeviceIds.RULE)
        String deviceId) {
}
