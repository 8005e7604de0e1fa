package com.scanport.ear;

import com.scanport.testing.CartSuite;
import com.scanport.testing.StoreSuite;
import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store suite (seed 004), and the carts (seed 000) with it, on the real EAR, on whichever server the Maven profile started. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarStoreIT extends StoreSuite implements CartSuite {

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
