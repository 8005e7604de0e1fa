package com.scanport.platform.web;

import com.scanport.platform.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** All five surfaces sit at the context root. A CDI bean, as Payara's MP-JWT needs. */
@ApplicationPath("/")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.USER, Roles.ADMIN, Roles.STAFF})
@OpenAPIDefinition(info = @Info(title = "Scanport", version = "0.1.0",
        description = "Accounts, smart-cart sessions, device login, QR batches and image jobs, and the store."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class ScanportApplication extends Application {

    /**
     * No WADL (Jersey, on Payara): /application.wadl and OPTIONS would describe every resource in
     * XML. Payara's own /openapi is kept from it by {@link OpenApiEndpoint}.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
