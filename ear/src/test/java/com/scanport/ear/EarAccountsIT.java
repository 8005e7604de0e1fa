package com.scanport.ear;

import com.scanport.testing.AccountsSuite;
import com.scanport.testing.DeviceLoginSuite;
import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The accounts suite (seed 002), and device login (seed 003) with it, on the real EAR, on whichever server the Maven profile started. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarAccountsIT extends AccountsSuite implements DeviceLoginSuite {

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
}
