package com.scanport.platform.web;

import com.scanport.platform.BrokerProbeReport;
import com.scanport.platform.BrokerProbeView;
import com.scanport.platform.BrokerProbes;
import com.scanport.platform.NotFoundException;
import com.scanport.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lets an admin send probes through the broker and see whether they arrived. */
@Path("admin/platform/broker-probes")
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform", description = "Operations: broker diagnostics")
@SecurityRequirement(name = "bearer")
public class BrokerProbeResource {

    public record ProbeBatch(List<Long> probeIds) {
    }

    @Inject
    private BrokerProbes probes;

    @POST
    @Operation(summary = "Send probes through the broker",
            description = "Each probe is a database row and a queued message, committed together.")
    public Response send(@QueryParam("count") @DefaultValue("1") @WholeNumber(min = 1, max = BrokerProbes.MAX_BATCH)
                         Integer count) {
        List<Long> ids = probes.send(count);
        return Response.accepted(new ProbeBatch(ids)).build();
    }

    @GET
    @Operation(summary = "How many probes were sent, received and are still pending")
    public BrokerProbeReport report() {
        return probes.report();
    }

    @GET
    @Path("{probeId}")
    @Operation(summary = "One probe: when it was sent and when the listener processed it")
    public BrokerProbeView findProbe(@PathParam("probeId") long probeId) {
        return probes.find(probeId).orElseThrow(() -> new NotFoundException("Broker probe not found"));
    }
}
