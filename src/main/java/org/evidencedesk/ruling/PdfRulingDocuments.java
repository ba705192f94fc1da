package org.evidencedesk.ruling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.evidencedesk.documents.RulingDocument;
import org.evidencedesk.documents.RulingPdfs;
import org.evidencedesk.dispute.DeadlinePlanner;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Party;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.shared.Translatable;

/**
 * Rulings as signed PDFs through the documents package: the court, the case number and the parties from
 * the case, the title and operative sentence from the message bundles in the ruling's language, the judge's
 * reasons one paragraph per blank-line-separated block.
 */
@ApplicationScoped
public class PdfRulingDocuments implements RulingDocuments {

    private static final String BUNDLE = "org.evidencedesk.web.messages";

    @Inject
    private RulingPdfs pdfs;

    @Inject
    private UserAccounts accounts;

    @Inject
    private DeadlinePlanner planner;

    @Override
    public byte[] signedPdf(RulingDraft draft, DisputeCase disputeCase) {
        return pdfs.renderSigned(document(draft, disputeCase));
    }

    RulingDocument document(RulingDraft draft, DisputeCase disputeCase) {
        Locale locale = draft.language();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, PdfRulingDocuments.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] arguments = draft.decisionArguments().stream()
                .map(argument -> argument instanceof Translatable key ? bundle.getString(key.key()) : argument)
                .toArray();
        String decision = new MessageFormat(bundle.getString(draft.kind().decisionKey()), locale).format(arguments);
        String judge = accounts.byUsername(draft.judge()).map(UserAccount::getDisplayName).orElse(draft.judge());
        LocalDate date = planner.today(draft.decidedAt());
        List<String> paragraphs = Arrays.stream(draft.reasons().split("\\R\\s*\\R")).map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty()).toList();
        return new RulingDocument(disputeCase.getCourt().name(locale), disputeCase.getDisplayNumber(),
                names(disputeCase, Side.CLAIMANT), names(disputeCase, Side.RESPONDENT),
                bundle.getString(draft.kind().messageKey()), paragraphs, decision, judge, date, locale, draft.legalBasis());
    }

    private static List<String> names(DisputeCase disputeCase, Side side) {
        return disputeCase.partiesOn(side).stream().map(Party::getName).toList();
    }
}
