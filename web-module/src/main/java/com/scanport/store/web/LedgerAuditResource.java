package com.scanport.store.web;

import com.scanport.platform.Roles;
import com.scanport.store.Ledger;
import com.scanport.store.LedgerAudit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ledger's invariants, recomputed on demand for admins. */
@Path("admin/ledger/audit")
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "store", description = "Balances, items, buying, transfers, sessions (seed 004)")
public class LedgerAuditResource {

    private static final String ERROR = "AccountsError";

    @EJB
    private Ledger ledger;

    @GET
    @Operation(summary = "Recompute the ledger's invariants", description = "The balances sum to zero, no user "
            + "balance is negative, every balance is the sum of its entries, every transaction has two legs that cancel out.")
    @APIResponse(responseCode = "200", description = "The audit", content = @Content(schema = @Schema(ref = "LedgerAudit")))
    @APIResponse(responseCode = "401", description = "Missing, invalid or expired token", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(schema = @Schema(ref = ERROR)))
    public Report audit() {
        LedgerAudit audit = ledger.audit();
        return new Report(audit.holds(), audit.accounts(), audit.transactions(), audit.sumOfBalances(),
                audit.negativeUserBalances(), audit.balancesNotMatchingEntries(), audit.unbalancedTransactions());
    }

    /** The audit as JSON. */
    public record Report(boolean holds, long accounts, long transactions, BigDecimal sumOfBalances,
                         long negativeUserBalances, long balancesNotMatchingEntries, long unbalancedTransactions) {
    }
}
