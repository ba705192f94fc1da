package org.evidencedesk.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.evidencedesk.dispute.DeadlinePlanner;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Party;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.rules.RuleCatalogue;
import org.evidencedesk.ruling.DocumentForm;
import org.evidencedesk.ruling.NamedPersons;
import org.evidencedesk.ruling.RulingDraft;
import org.evidencedesk.ruling.RulingPrinter;
import org.evidencedesk.shared.Translatable;

/**
 * The adapter of the ruling area's {@link RulingPrinter}: court documents as signed PDFs, set and signed by
 * {@link RulingPdf} with the installation's {@link PdfSigner}. The court, the case number and the parties
 * from the case; the title, addressee line and operative heading from the kind's {@link DocumentForm} and the
 * operative sentence, all from the message bundles in the document's language; the legal basis as the rule's
 * citation in that language (the statute's name, year and article) followed by its rule id; persons by their
 * names; the judge's reasons one paragraph per blank-line-separated block.
 */
@ApplicationScoped
public class PdfRulingPrinter implements RulingPrinter {

    private static final String BUNDLE = "org.evidencedesk.web.messages";

    @Inject
    private RulingPdf typesetter;

    @Inject
    private PdfSigner signer;

    @Inject
    private UserAccounts accounts;

    @Inject
    private DeadlinePlanner planner;

    @Inject
    private RuleCatalogue rules;

    @Override
    public byte[] signedPdf(RulingDraft draft, DisputeCase disputeCase) {
        return typesetter.renderSigned(document(draft, disputeCase), signer);
    }

    RulingDocument document(RulingDraft draft, DisputeCase disputeCase) {
        Locale locale = draft.language();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, PdfRulingPrinter.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DocumentForm form = draft.kind().form();
        Object[] arguments = draft.decisionArguments().stream().map(argument -> printed(argument, bundle, locale)).toArray();
        String decision = format(bundle, draft.kind().decisionKey(), locale, arguments);
        String addressee = form.addressedToApplicant()
                ? format(bundle, form.addresseeKey(), locale, list(names(disputeCase, draft.applicant()), locale))
                : bundle.getString(form.addresseeKey());
        LocalDate date = planner.today(draft.decidedAt());
        List<String> paragraphs = Arrays.stream(draft.reasons().split("\\R\\s*\\R")).map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty()).toList();
        return new RulingDocument(disputeCase.getCourt().name(locale), disputeCase.getDisplayNumber(),
                names(disputeCase, Side.CLAIMANT), names(disputeCase, Side.RESPONDENT),
                bundle.getString(draft.kind().messageKey()), addressee, paragraphs, bundle.getString(form.headingKey()),
                decision, displayName(draft.judge()), date, locale, legalBasis(draft.legalBasis(), bundle, locale));
    }

    private Object printed(Object argument, ResourceBundle bundle, Locale locale) {
        if (argument instanceof Translatable key) {
            return bundle.getString(key.key());
        }
        if (argument instanceof NamedPersons persons) {
            return persons.usernames().isEmpty() ? "—"
                    : list(persons.usernames().stream().map(this::displayName).toList(), locale);
        }
        return argument;
    }

    /**
     * The rule's citation in the document's language, e.g. 《最高人民法院关于知识产权民事诉讼证据的若干规定》（2020年）
     * 第二十四条至第二十六条, then its key; the key alone if no rule file has it (a document is never refused for that).
     */
    private String legalBasis(String key, ResourceBundle bundle, Locale locale) {
        if (key == null || key.isBlank()) {
            return "";
        }
        return rules.find(key)
                .map(rule -> format(bundle, "documents.legalBasisCited", locale, rule.citation().in(locale), key))
                .orElse(key);
    }

    private String displayName(String username) {
        return accounts.byUsername(username).map(UserAccount::getDisplayName).orElse(username);
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    private static String list(List<String> names, Locale locale) {
        return String.join("zh".equals(locale.getLanguage()) ? "、" : ", ", names);
    }

    private static List<String> names(DisputeCase disputeCase, Side side) {
        return disputeCase.partiesOn(side).stream().map(Party::getName).toList();
    }
}
