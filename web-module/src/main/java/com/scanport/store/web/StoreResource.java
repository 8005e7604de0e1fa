package com.scanport.store.web;

import com.scanport.platform.web.OpenApiBodies;
import com.scanport.store.LedgerLine;
import com.scanport.store.RetryKey;
import com.scanport.store.Store;
import com.scanport.store.StoreCaller;
import com.scanport.store.StoreSessions;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Seed 004, the store. Every route is a POST taking JSON or form fields (urlencoded or
 * multipart): these methods take JSON, and {@link StoreFormResource} reads the same records
 * from form fields and hands them here. The OpenAPI document shows both encodings on these
 * operations.
 */
@Path("")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "store", description = "Balances, items, buying, transfers, sessions (seed 004)")
public class StoreResource {

    /** Component schemas of META-INF/openapi.yaml. */
    static final String ERROR = "StoreError";
    private static final String STORE = "com.scanport.store.web.";
    /** The most lines {@code /transactions} answers with. */
    static final int HISTORY_LIMIT = 1000;

    @EJB
    private StoreSessions sessions;

    @EJB
    private Store store;

    @Context
    private HttpServletRequest request;

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a session", description = "The account's username and password, and a token of "
            + "the client's choosing (16 to 256 printable characters) that names the session from now on. "
            + "Wrong passwords count against the same limits as /auth/login.")
    @Extension(name = OpenApiBodies.JSON, value = STORE + "StoreLoginRequest")
    @Extension(name = OpenApiBodies.FORM, value = STORE + "StoreLoginRequest")
    @APIResponse(responseCode = "200", description = "Logged in", content = @Content(schema = @Schema(ref = "StoreSuccess")))
    @APIResponse(responseCode = "400", description = "Missing or malformed field, or a token another account holds",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Incorrect username or password", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "429", description = "Too many failed logins; see Retry-After", content = @Content(schema = @Schema(ref = ERROR)))
    public StoreAnswers.Success startSession(StoreLoginRequest login) {
        sessions.login(login.username(), login.password(), login.token(), address());
        return new StoreAnswers.Success("Logged in");
    }

    @POST
    @Path("validate-session")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check that a session is still good")
    @Extension(name = OpenApiBodies.JSON, value = STORE + "SessionRequest")
    @Extension(name = OpenApiBodies.FORM, value = STORE + "SessionRequest")
    @APIResponse(responseCode = "200", description = "The session is good", content = @Content(schema = @Schema(ref = "StoreSuccess")))
    @APIResponse(responseCode = "400", description = "Missing token", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Invalid session", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "429", description = "Too many invalid sessions from this address",
            content = @Content(schema = @Schema(ref = ERROR)))
    public StoreAnswers.Success validateSession(SessionRequest session) {
        sessions.holder(session.token(), address());
        return new StoreAnswers.Success("Session is valid");
    }

    @POST
    @Path("update-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the account's password", description = "The one password of the account, as "
            + "/auth/login uses it. The account's other store sessions and its access tokens end; this session carries on.")
    @Extension(name = OpenApiBodies.JSON, value = STORE + "StorePasswordRequest")
    @Extension(name = OpenApiBodies.FORM, value = STORE + "StorePasswordRequest")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(ref = "StoreSuccess")))
    @APIResponse(responseCode = "400", description = "Missing field, or a new password too short or long",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Invalid session, or incorrect password",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "429", description = "Too many wrong passwords", content = @Content(schema = @Schema(ref = ERROR)))
    public StoreAnswers.Success updatePassword(StorePasswordRequest change) {
        sessions.changePassword(change.token(), change.oldPassword(), change.newPassword(), address());
        return new StoreAnswers.Success("Password updated");
    }

    @POST
    @Path("get-balance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The session's account balance")
    @Extension(name = OpenApiBodies.JSON, value = STORE + "SessionRequest")
    @Extension(name = OpenApiBodies.FORM, value = STORE + "SessionRequest")
    @APIResponse(responseCode = "200", description = "The balance", content = @Content(schema = @Schema(ref = "StoreBalance")))
    @APIResponse(responseCode = "400", description = "Missing token", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Invalid session", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "429", description = "Too many invalid sessions from this address",
            content = @Content(schema = @Schema(ref = ERROR)))
    public StoreAnswers.Balance balance(SessionRequest session) {
        return new StoreAnswers.Balance(Money.number(store.balance(caller(session.token()))));
    }

    @POST
    @Path("buy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Buy one of an item", description = "Pays the item's price from the session's account "
            + "and takes one from stock. With an Idempotency-Key, a retried request buys once and answers the same "
            + "transaction_id.")
    @Extension(name = OpenApiBodies.JSON, value = STORE + "BuyRequest")
    @Extension(name = OpenApiBodies.FORM, value = STORE + "BuyRequest")
    @APIResponse(responseCode = "200", description = "Bought", content = @Content(schema = @Schema(ref = "StoreTransaction")))
    @APIResponse(responseCode = "400", description = "Missing or malformed field, insufficient funds, or out of stock",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Invalid session", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Item not found", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key named a different request before",
            content = @Content(schema = @Schema(ref = ERROR)))
    public StoreAnswers.Transaction buy(BuyRequest buy, @Parameter(description = "Makes a retried buy happen once")
                                        @HeaderParam("Idempotency-Key") String retryKey) {
        return new StoreAnswers.Transaction(store.buy(caller(buy.token()), buy.itemId(), RetryKey.checked(retryKey)));
    }

    @POST
    @Path("expire-session")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a session")
    @Extension(name = OpenApiBodies.JSON, value = STORE + "SessionRequest")
    @Extension(name = OpenApiBodies.FORM, value = STORE + "SessionRequest")
    @APIResponse(responseCode = "200", description = "Ended", content = @Content(schema = @Schema(ref = "StoreSuccess")))
    @APIResponse(responseCode = "400", description = "Missing token", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Invalid session", content = @Content(schema = @Schema(ref = ERROR)))
    public StoreAnswers.Success expireSession(SessionRequest session) {
        sessions.expire(session.token(), address());
        return new StoreAnswers.Success("Session expired");
    }

    @POST
    @Path("update-session")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a session to a new token", description = "The session keeps its absolute expiry.")
    @Extension(name = OpenApiBodies.JSON, value = STORE + "SessionRenameRequest")
    @Extension(name = OpenApiBodies.FORM, value = STORE + "SessionRenameRequest")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(ref = "StoreSuccess")))
    @APIResponse(responseCode = "400", description = "Missing or malformed token, or a new token another session holds",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Invalid session", content = @Content(schema = @Schema(ref = ERROR)))
    public StoreAnswers.Success updateSession(SessionRenameRequest rename) {
        sessions.rename(rename.oldToken(), rename.newToken(), address());
        return new StoreAnswers.Success("Session updated");
    }

    @POST
    @Path("transactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The account's transactions", description = "Newest first, at most " + HISTORY_LIMIT
            + "; each a line with the time, the id, the kind, the amount from this account's side and the other side.")
    @Extension(name = OpenApiBodies.JSON, value = STORE + "SessionRequest")
    @Extension(name = OpenApiBodies.FORM, value = STORE + "SessionRequest")
    @APIResponse(responseCode = "200", description = "The transactions", content = @Content(schema = @Schema(ref = "StoreTransactions")))
    @APIResponse(responseCode = "400", description = "Missing token", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Invalid session", content = @Content(schema = @Schema(ref = ERROR)))
    public StoreAnswers.Transactions transactions(SessionRequest session) {
        return new StoreAnswers.Transactions(store.history(caller(session.token()), HISTORY_LIMIT).stream()
                .map(StoreResource::line).toList());
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The items on sale", description = "uuid is the item_id /buy takes.")
    @Extension(name = OpenApiBodies.JSON, value = STORE + "SessionRequest")
    @Extension(name = OpenApiBodies.FORM, value = STORE + "SessionRequest")
    @APIResponse(responseCode = "200", description = "The items", content = @Content(schema = @Schema(ref = "StoreItems")))
    @APIResponse(responseCode = "400", description = "Missing token", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Invalid session", content = @Content(schema = @Schema(ref = ERROR)))
    public StoreAnswers.Items items(SessionRequest session) {
        return new StoreAnswers.Items(store.items(caller(session.token())).stream()
                .map(p -> new StoreAnswers.Item(p.id(), p.description(), Money.number(p.unitPrice()), p.descriptionAr(),
                        p.barcode(), p.imageUrl(), p.productSize(), p.stock()))
                .toList());
    }

    @POST
    @Path("transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send money to another user", description = "recipient is the user's id. With an "
            + "Idempotency-Key, a retried request moves the money once and answers the same transaction_id.")
    @Extension(name = OpenApiBodies.JSON, value = STORE + "TransferRequest")
    @Extension(name = OpenApiBodies.FORM, value = STORE + "TransferRequest")
    @APIResponse(responseCode = "200", description = "Sent", content = @Content(schema = @Schema(ref = "StoreTransaction")))
    @APIResponse(responseCode = "400", description = "Missing or malformed field, an amount that is not positive, "
            + "a transfer to yourself, or insufficient funds", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Invalid session", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Recipient not found", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key named a different request before",
            content = @Content(schema = @Schema(ref = ERROR)))
    public StoreAnswers.Transaction transfer(TransferRequest transfer,
                                             @Parameter(description = "Makes a retried transfer happen once")
                                             @HeaderParam("Idempotency-Key") String retryKey) {
        return new StoreAnswers.Transaction(store.transfer(caller(transfer.token()), transfer.recipient(),
                transfer.amount(), RetryKey.checked(retryKey)));
    }

    private StoreCaller caller(String token) {
        return new StoreCaller(token, address());
    }

    private String address() {
        return request.getRemoteAddr();
    }

    /** A transaction as one readable line: {@code 2026-12-01T15:04:05Z #52 transfer -25 to user 3}. */
    static String line(LedgerLine line) {
        String side = switch (line.kind()) {
            case "transfer" -> line.amount().signum() < 0 ? " to user " + line.counterpartyUserId()
                    : " from user " + line.counterpartyUserId();
            case "purchase" -> line.memo() == null ? "" : " " + line.memo();
            default -> "";
        };
        return line.postedAt().truncatedTo(ChronoUnit.SECONDS) + " #" + line.transactionId() + " " + line.kind()
                + " " + Money.signed(line.amount()) + side;
    }
}
