package org.evidencedesk.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A multipart request whose body {@link UploadGate} has already read: parts and form fields come from what was
 * read, the query string's parameters from the container. Faces and PrimeFaces ask this request, never the
 * connector, for parts and parameters.
 *
 * <p>Asking the container for the query's parameters runs its own multipart parser over the body already spent,
 * which finds nothing, but checks the {@code Content-Length} against any {@code <multipart-config>} limits first:
 * that is why {@code web.xml} gives the {@code FacesServlet} none (a 1 MiB cap there failed every upload above it).
 * The only earlier reader of a bare body, the login redirect, is kept off it by
 * {@link org.evidencedesk.identity.web.LoginRedirectWithoutBody}.
 */
final class MultipartRequest extends HttpServletRequestWrapper {

    private final List<ReceivedPart> parts;
    private final Map<String, String[]> parameters;

    MultipartRequest(HttpServletRequest request, List<ReceivedPart> parts) {
        super(request);
        this.parts = parts;
        this.parameters = Collections.unmodifiableMap(parameters(request, parts));
    }

    private static Map<String, String[]> parameters(HttpServletRequest request, List<ReceivedPart> parts) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) -> values.computeIfAbsent(name, key -> new ArrayList<>())
                .addAll(List.of(given)));
        for (ReceivedPart part : parts) {
            if (part.isFormField()) {
                values.computeIfAbsent(part.getName(), key -> new ArrayList<>())
                        .add(part.text(request.getCharacterEncoding()));
            }
        }
        Map<String, String[]> result = new LinkedHashMap<>();
        values.forEach((name, list) -> result.put(name, list.toArray(String[]::new)));
        return result;
    }

    @Override
    public Collection<Part> getParts() {
        return List.copyOf(parts);
    }

    @Override
    public Part getPart(String name) {
        return parts.stream().filter(part -> part.getName().equals(name)).findFirst().orElse(null);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    /** The body has been read; what is left to read is nothing. */
    @Override
    public ServletInputStream getInputStream() {
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return true;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("The body has been read");
            }

            @Override
            public int read() {
                return -1;
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new StringReader(""));
    }
}
