package com.scanport.ear;

import com.scanport.testing.ImageDeskSuite;
import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The image desk suite (seed 001) on the real EAR, on whichever server the Maven profile started. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarImageDeskIT extends ImageDeskSuite {

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
