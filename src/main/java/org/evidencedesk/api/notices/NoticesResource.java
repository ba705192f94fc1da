package org.evidencedesk.api.notices;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidencedesk.api.ApiCaller;
import org.evidencedesk.api.ApiProblem;
import org.evidencedesk.api.PageOf;
import org.evidencedesk.api.Paging;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.notice.Notice;
import org.evidencedesk.notice.NoticeBoard;

/** The caller's own notices, as on the notices page: listed unread first, and marked read one at a time. */
@Path("notices")
@RequestScoped
@Tag(name = "Notices", description = "The caller's notices about their cases.")
public class NoticesResource {

    @Inject
    private ApiCaller caller;

    @Inject
    private NoticeBoard board;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listNotices", summary = "The caller's notices",
            description = "The caller's notices, unread first, then newest first, a page at a time; each text in the language"
                    + " of Accept-Language.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "One page of notices, with how many there are.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticePage.class)))
    @APIResponse(responseCode = "400", description = "A paging value out of range.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No valid token.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public PageOf<NoticeEntry> list(
            @QueryParam("unread") @DefaultValue("false") @Parameter(description = "true for the unread notices only.") boolean unread,
            @Valid @BeanParam Paging paging) {
        caller.require(TokenScope.READ);
        String username = caller.username();
        Locale language = caller.locale();
        List<Notice> page = board.page(username, unread, paging.offset(), paging.size());
        return PageOf.of(page, notice -> NoticeEntry.of(notice, language), paging, board.count(username, unread));
    }

    /**
     * Marks one of the caller's notices read. The read scope suffices: this changes nothing but the caller's own
     * record of what they have read, exactly what opening the notice on the notices page does, and a client that
     * only follows cases must be able to keep its list of unread notices short.
     */
    @POST
    @Path("{noticeId}/read")
    @Operation(operationId = "markNoticeRead", summary = "Mark a notice read",
            description = "Marks one of the caller's own notices read (again: no change). Needs only the read scope, since it"
                    + " changes nothing but the caller's own record of what they have read.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "204", description = "The notice is read.")
    @APIResponse(responseCode = "401", description = "No valid token.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such notice, or another person's (nothing changed).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public void markRead(@PathParam("noticeId") @Parameter(description = "The notice's id.") long noticeId) {
        caller.require(TokenScope.READ);
        if (board.open(noticeId, caller.username()) == null) {
            throw ApiProblem.notFound();
        }
    }

    /** The list's page, for the OpenAPI document (a generic record has no schema of its own). */
    @Schema(name = "NoticePage", description = "One page of the caller's notices.")
    record NoticePage(
            @Schema(description = "The notices of this page.") List<NoticeEntry> items,
            @Schema(description = "This page's number, from 0.") int page,
            @Schema(description = "The page size asked for.") int size,
            @Schema(description = "How many notices the whole list has.") long total) {
    }
}
