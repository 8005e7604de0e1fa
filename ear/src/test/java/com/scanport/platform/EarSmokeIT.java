package com.scanport.platform;

import com.scanport.testing.PlatformSmoke;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform smoke suite on the real EAR, on whichever server the Maven profile started. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarSmokeIT extends PlatformSmoke {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("scanport.it.ear"));
        return ShrinkWrap.create(ZipImporter.class, "scanport.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    @Override
    protected URI base() {
        return URI.create(System.getProperty("scanport.it.base.url"));
    }

    @Override
    protected URI healthBase() {
        return URI.create(System.getProperty("scanport.it.health.url"));
    }

    @Override
    protected Path dataDir() {
        return Path.of(System.getProperty("scanport.it.data.dir"));
    }
}
