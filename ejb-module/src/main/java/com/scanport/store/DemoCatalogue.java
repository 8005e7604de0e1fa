package com.scanport.store;

import com.scanport.platform.DuplicateException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** With {@code scanport.demo-data=true}, an empty catalogue gets a few products to try the store and carts with. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoCatalogue {

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());

    static final List<ProductDraft> PRODUCTS = List.of(
            new ProductDraft("Milk 1L", "حليب ١ لتر", new BigDecimal("6.50"), "6281007030016", null, "1L", 100),
            new ProductDraft("Bread", "خبز", new BigDecimal("3.00"), "6281007030023", null, "500g", 100),
            new ProductDraft("Eggs, 12", "بيض ١٢", new BigDecimal("14.25"), "6281007030030", null, "12 pcs", 100),
            new ProductDraft("Coffee beans", "حبوب القهوة", new BigDecimal("45.00"), "6281007030047", null, "250g", 50),
            new ProductDraft("Water 6x1.5L", "ماء ٦×١٫٥ لتر", new BigDecimal("12.00"), "6281007030054", null, "6x1.5L", 200));

    @EJB
    private Catalogue catalogue;

    @Inject
    @ConfigProperty(name = "scanport.demo-data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!demoData || !catalogue.isEmpty()) {
            return;
        }
        try {
            PRODUCTS.forEach(catalogue::add);
        } catch (DuplicateException anotherInstanceLoadedThem) {
            return;
        }
        LOG.info("Loaded " + PRODUCTS.size() + " demo products into the empty catalogue (scanport.demo-data=true)");
    }
}
