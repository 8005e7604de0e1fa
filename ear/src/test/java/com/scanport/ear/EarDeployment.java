package com.scanport.ear;

import java.io.File;
import java.net.URI;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real built EAR and where the server the profile started answers. */
final class EarDeployment {

    private EarDeployment() {
    }

    static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("scanport.it.ear"));
        return ShrinkWrap.create(ZipImporter.class, "scanport.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    static URI base() {
        return URI.create(System.getProperty("scanport.it.base.url"));
    }

    /** MicroProfile Health: the HTTP port on Payara Server, the management port on WildFly. */
    static URI healthBase() {
        return URI.create(System.getProperty("scanport.it.health.url"));
    }
}
