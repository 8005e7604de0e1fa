package com.scanport.testing;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the real built artifact, never a hand-picked subset of classes. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive microWar() {
        File war = new File(System.getProperty("scanport.it.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** The URL Arquillian injects, as the URI the clients take. */
    public static URI uri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }

    public static Path dataDir() {
        return Path.of(System.getProperty("scanport.it.data.dir"));
    }
}
