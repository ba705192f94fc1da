package org.evidencedesk.api.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidencedesk.api.ApiCaller;
import org.evidencedesk.api.PageOf;
import org.evidencedesk.api.Paging;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.identity.TokenScope;

/** The items of a case the caller may see: exactly the case page's evidence tab ({@link EvidenceAccess#visibleItems}). */
@Path("cases/{caseId}/items")
@RequestScoped
@Tag(name = "Evidence")
public class ItemsResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    private ApiCaller caller;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private EvidenceAccess access;

    /** A page of {@link ItemJson}, named for the OpenAPI document. */
    @Schema(name = "EvidenceItemPage", description = "One page of evidence items.")
    public record ItemPage(@Schema(description = "The items of this page.") List<ItemJson> items,
                           @Schema(description = "This page's number, from 0.") int page,
                           @Schema(description = "The page size asked for.") int size,
                           @Schema(description = "How many items the caller may see in the case.") long total) {
    }

    @GET
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCaseItems", summary = "The case's evidence items",
            description = "The items the caller may see, in exhibit order (the claimant's, then the respondent's), as the case page's evidence tab lists them.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "A page of items.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemPage.class)))
    @APIResponse(responseCode = "400", description = "page or size out of range.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public PageOf<ItemJson> list(@PathParam("caseId") @Parameter(description = "The case's id.") long caseId,
                                 @BeanParam @Valid Paging paging) {
        caller.require(TokenScope.READ);
        CaseView view = workflow.view(caseId, caller.username());
        List<EvidenceItem> visible = access.visibleItems(view);
        List<EvidenceItem> page = visible.stream().skip(paging.offset()).limit(paging.size()).toList();
        return PageOf.of(page, item -> ItemJson.of(item, view.actor()), paging, visible.size());
    }
}
