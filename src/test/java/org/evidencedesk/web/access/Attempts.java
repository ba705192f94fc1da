package org.evidencedesk.web.access;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.support.WebClient.OpenPage;

/**
 * Trying an action as a capacity: open the page it is on, post its form as the browser would (whether or not
 * the page offers it: a form a page does not render changes nothing, which is what a refusal is), and read the
 * state back before and after as someone who always sees it. Taking effect is told from a refusal by that
 * read-back alone, never by the answer's status.
 */
public final class Attempts {

    private static final Pattern AJAX_REDIRECT = Pattern.compile("<redirect url=\"([^\"]*)\"");

    private final Matrix matrix;

    public Attempts(Matrix matrix) {
        this.matrix = matrix;
    }

    /** What to post: the page the form is on, where it goes (another URL for a forged postback), the form and button. */
    public record Post(String page, String postTo, String form, String button, Map<String, String> fields) {

        public static Post on(String page, String form, String button, Map<String, String> fields) {
            return new Post(page, page, form, button, fields);
        }

        public static Post on(String page, String form, String button) {
            return on(page, form, button, Map.of());
        }
    }

    /** An object in the state an action starts from, made again once a capacity has used it up. */
    public static final class Fresh {

        private final Callable<Long> make;
        private Long current;

        public Fresh(Callable<Long> make) {
            this.make = make;
        }

        public long get() throws Exception {
            if (current == null) {
                current = make.call();
            }
            return current;
        }

        public void usedUp() {
            current = null;
        }
    }

    /** A page as the capacity gets it: open, or the cell's answer already (log in, 404, 403, sent elsewhere). */
    public record Opened(OpenPage page, Observed answer) {

        public boolean isOpen() {
            return page != null;
        }
    }

    /** Opens the page of the post as the capacity; a page refused with 403 must refuse the post too. */
    public Opened open(Capacity who, Post post) throws Exception {
        WebClient client = matrix.client(who);
        HttpResponse<String> page = client.get(post.page());
        return switch (page.statusCode()) {
            case 200 -> new Opened(WebClient.opened(post.page(), page), null);
            case 302, 303 -> {
                Observed sent = Answers.redirect(page);
                yield new Opened(null, sent.is(Outcome.LOGIN) ? sent
                        : Observed.as(Outcome.REFUSED, "the page sends " + who.column() + " away: " + sent.description()));
            }
            case 404 -> new Opened(null, Observed.as(Outcome.HIDDEN, "404"));
            case 403 -> {
                int posted = client.post(post.postTo(), Map.of(post.form(), post.form(), post.form() + ":" + post.button(), ""))
                        .statusCode();
                yield new Opened(null, posted == 403 ? Observed.as(Outcome.DENIED, "403, and 403 to a post")
                        : Observed.unexpected("403, but " + posted + " to a post"));
            }
            default -> new Opened(null, Observed.unexpected(page.statusCode() + " opening " + post.page()));
        };
    }

    /** Opens the page, posts the form and judges by the state read before and after. */
    public Observed attempt(Capacity who, Post post, Callable<String> state) throws Exception {
        String before = state.call();
        Opened opened = open(who, post);
        if (!opened.isOpen()) {
            return opened.answer();
        }
        OpenPage page = opened.page();
        OpenPage target = new OpenPage(post.postTo(), page.body(), page.hiddenFields(), page.nonce());
        HttpResponse<String> answer = matrix.client(who).submitForm(target, post.form(), post.button(), post.fields());
        return judged(answer, before, state.call());
    }

    /** As {@link #attempt}, on a fresh object that a capacity taking the action uses up. */
    public Observed attemptOn(Fresh fresh, Capacity who, Function<Long, Post> post, Function<Long, Callable<String>> state)
            throws Exception {
        long id = fresh.get();
        Observed observed = attempt(who, post.apply(id), state.apply(id));
        if (observed.is(Outcome.DONE)) {
            fresh.usedUp();
        }
        return observed;
    }

    /** DONE if the state changed, REFUSED if not; a server error is neither. */
    public static Observed judged(HttpResponse<String> answer, String before, String after) {
        String redirect = DeskPages.group(AJAX_REDIRECT, answer.body()).map(url -> " → " + url).orElse("");
        String posted = "posted: " + answer.statusCode() + redirect + " " + DeskPages.message(answer.body());
        if (answer.statusCode() >= 500) {
            return Observed.unexpected(posted + " (" + before + " → " + after + ")");
        }
        if (answer.statusCode() == 403) {
            return Observed.as(Outcome.DENIED, posted);
        }
        if (answer.statusCode() == 404) {
            return Observed.as(Outcome.HIDDEN, posted);
        }
        return after.equals(before) ? Observed.as(Outcome.REFUSED, posted + ", " + before + " unchanged")
                : Observed.as(Outcome.DONE, posted + ", " + before + " → " + after);
    }
}
