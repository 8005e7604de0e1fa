package com.scanport.store.web;

import com.scanport.testing.CartSuite;
import com.scanport.testing.StoreSuite;
import com.scanport.testing.Deployments;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store suite, and the carts with it, on Payara Micro with the real WAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoreIT extends StoreSuite implements CartSuite {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.microWar();
    }

    @Override
    protected URI base() {
        return Deployments.uri(base);
    }

    @Override
    protected URI healthBase() {
        return base();
    }
}
