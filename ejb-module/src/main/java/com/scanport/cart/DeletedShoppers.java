package com.scanport.cart;

import com.scanport.identity.AccountDeleted;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A shopper deleted mid-session leaves no cart in use: the session ends with the account, in its transaction. */
@ApplicationScoped
public class DeletedShoppers {

    @EJB
    private Carts carts;

    void ended(@Observes AccountDeleted deleted) {
        carts.endFor(deleted.userId());
    }
}
