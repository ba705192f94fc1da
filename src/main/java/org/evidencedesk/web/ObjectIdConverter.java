package org.evidencedesk.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.regex.Pattern;

/**
 * The id of a record in a view parameter: a positive decimal number that fits a {@code long}, nothing else.
 * Anything malformed ({@code abc}), negative, zero or out of range (20 digits) fails conversion, and the
 * page's {@code o:viewParamValidationFailed sendError="404"} turns that into the not-found page: the same
 * answer as for a record that does not exist, instead of a page rendered around a missing record (a 500).
 * An absent or empty parameter converts to null; each page decides what no id means.
 */
@FacesConverter("objectId")
public class ObjectIdConverter implements Converter<Long> {

    /** Eighteen digits always fit a long; ids never come near that. */
    private static final Pattern POSITIVE_ID = Pattern.compile("0*[1-9][0-9]{0,17}");

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return parse(value);
    }

    /** The id, or a {@link ConverterException} for anything that cannot name a record. */
    static Long parse(String value) {
        if (!POSITIVE_ID.matcher(value).matches()) {
            throw new ConverterException("Not a record id");
        }
        return Long.valueOf(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
