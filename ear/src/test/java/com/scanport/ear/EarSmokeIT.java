package com.scanport.ear;

import com.scanport.testing.PlatformSmoke;
import java.net.URI;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform smoke suite on the real EAR, on whichever server the Maven profile started. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarSmokeIT extends PlatformSmoke {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.ear();
    }

    @Override
    protected URI base() {
        return EarDeployment.base();
    }

    @Override
    protected URI healthBase() {
        return EarDeployment.healthBase();
    }

    @Override
    protected Path dataDir() {
        return Path.of(System.getProperty("scanport.it.data.dir"));
    }
}
