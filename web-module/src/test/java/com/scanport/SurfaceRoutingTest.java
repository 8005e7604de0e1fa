package com.scanport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.scanport.devicelogin.web.DeviceLoginSurface;
import com.scanport.identity.web.AccountsSurface;
import com.scanport.imaging.web.ImageDeskSurface;
import com.scanport.platform.web.Surfaces;
import com.scanport.store.web.StoreSurface;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The surfaces the features declare, together: every seed's paths reach their own surface. */
class SurfaceRoutingTest {

    private final Surfaces surfaces = new Surfaces(List.of(new AccountsSurface(), new DeviceLoginSurface(),
            new ImageDeskSurface(), new StoreSurface()));

    @ParameterizedTest
    @CsvSource({
        "/auth/signup, AccountsSurface",
        "auth/login, AccountsSurface",
        "/admin/users, AccountsSurface",
        "/admin/platform/broker-probes, AccountsSurface",
        "/customer-session/qr/3, AccountsSurface",
        "/auth/qr-code-auth, DeviceLoginSurface",
        "/auth/qr-code-auth/authorization_status/AUTHORIZED, DeviceLoginSurface",
        "/auth/qr-code-authx, AccountsSurface",
        "/token, ImageDeskSurface",
        "/results/4/original, ImageDeskSurface",
        "/animal_types, ImageDeskSurface",
        "/get-balance, StoreSurface",
        "/transfer, StoreSurface",
        "/transferable, AccountsSurface",
        "'', AccountsSurface",
        "/, AccountsSurface",
    })
    void requestsBelongToTheSurfaceOfTheirPath(String path, String expected) {
        assertEquals(expected, surfaces.of(path).getClass().getSimpleName());
    }
}
