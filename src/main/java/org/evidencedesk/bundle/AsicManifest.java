package org.evidencedesk.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.evidencedesk.shared.Phrase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The ASiC manifest ({@code META-INF/ASiCManifest.xml}, ETSI EN 319 162-1 A.4): which signature covers it, and
 * each data object it covers with its SHA-256. The CAdES signature is over these bytes, so the manifest binds
 * every listed file.
 */
public record AsicManifest(String signature, List<Reference> references) {

    public static final String NAMESPACE = "http://uri.etsi.org/02918/v1.2.1#";
    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    /** A covered file: its name in the archive (decoded from the URI), media type and SHA-256. */
    public record Reference(String name, String mediaType, byte[] sha256) {

        public Reference {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mediaType, "mediaType");
            sha256 = sha256.clone();
        }

        @Override
        public byte[] sha256() {
            return sha256.clone();
        }
    }

    public AsicManifest {
        Objects.requireNonNull(signature, "signature");
        references = List.copyOf(references);
    }

    public byte[] toXml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
                .append("<asic:ASiCManifest xmlns:asic=\"").append(NAMESPACE).append("\" xmlns:ds=\"").append(DSIG).append("\">\n")
                .append("  <asic:SigReference URI=\"").append(escape(uri(signature)))
                .append("\" MimeType=\"application/x-pkcs7-signature\"/>\n");
        for (Reference reference : references) {
            xml.append("  <asic:DataObjectReference URI=\"").append(escape(uri(reference.name())))
                    .append("\" MimeType=\"").append(escape(reference.mediaType())).append("\">\n")
                    .append("    <ds:DigestMethod Algorithm=\"").append(SHA256).append("\"/>\n")
                    .append("    <ds:DigestValue>").append(Base64.getEncoder().encodeToString(reference.sha256()))
                    .append("</ds:DigestValue>\n")
                    .append("  </asic:DataObjectReference>\n");
        }
        return xml.append("</asic:ASiCManifest>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a manifest; no DTD, no external entities, so a hostile file cannot make the reader fetch or expand anything.
     *
     * @throws IOException with the reason, if it is not an ASiC manifest this reader understands
     */
    public static AsicManifest parse(byte[] xml) throws IOException {
        return parse(xml, Integer.MAX_VALUE);
    }

    /**
     * Reads a manifest from someone who may be hostile: a first streaming pass refuses a DOCTYPE (external entities,
     * billion laughs) and more than {@code maxReferences} files before the document is built in memory.
     *
     * @throws IOException with the reason, if it is refused or is not an ASiC manifest this reader understands
     */
    public static AsicManifest parse(byte[] xml, int maxReferences) throws IOException {
        countReferences(xml, maxReferences);
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new Refused(Problem.NOT_WELL_FORMED, e, String.valueOf(e.getMessage()));
        }
        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"ASiCManifest".equals(root.getLocalName())) {
            throw new Refused(Problem.NOT_A_MANIFEST, null, BundleLayout.ASIC_MANIFEST);
        }
        NodeList signatures = root.getElementsByTagNameNS(NAMESPACE, "SigReference");
        if (signatures.getLength() != 1) {
            throw new Refused(Problem.SIGNATURE_COUNT, null, signatures.getLength());
        }
        String signature = decode(((Element) signatures.item(0)).getAttribute("URI"));
        List<Reference> references = new ArrayList<>();
        NodeList objects = root.getElementsByTagNameNS(NAMESPACE, "DataObjectReference");
        for (int i = 0; i < objects.getLength(); i++) {
            Element object = (Element) objects.item(i);
            Element method = single(object, "DigestMethod");
            if (!SHA256.equals(method.getAttribute("Algorithm"))) {
                throw new Refused(Problem.OTHER_DIGEST, null, method.getAttribute("Algorithm"));
            }
            byte[] digest;
            try {
                digest = Base64.getMimeDecoder().decode(single(object, "DigestValue").getTextContent().strip());
            } catch (IllegalArgumentException e) {
                throw new Refused(Problem.DIGEST_NOT_BASE64, e);
            }
            references.add(new Reference(decode(object.getAttribute("URI")), object.getAttribute("MimeType"), digest));
        }
        return new AsicManifest(signature, references);
    }

    private static void countReferences(byte[] xml, int maxReferences) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        int references = 0;
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new Refused(Problem.DOCTYPE, null);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && "DataObjectReference".equals(reader.getLocalName())
                            && ++references > maxReferences) {
                        throw new Refused(Problem.TOO_MANY_FILES, null, maxReferences);
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new Refused(Problem.NOT_WELL_FORMED, e, String.valueOf(e.getMessage()));
        }
    }

    private static Element single(Element parent, String name) throws IOException {
        NodeList found = parent.getElementsByTagNameNS(DSIG, name);
        if (found.getLength() != 1) {
            throw new Refused(Problem.DIGEST_PART_MISSING, null, name);
        }
        return (Element) found.item(0);
    }

    /** A relative URI: path characters outside RFC 3986's unreserved set are percent-encoded as UTF-8. */
    static String uri(String name) {
        if (name.chars().allMatch(AsicManifest::isUnreserved)) {
            // Nearly every name of a bundle (40,000 of them at 10,000 items): nothing to encode.
            return name;
        }
        StringBuilder uri = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return uri.toString();
    }

    /** A character a URI carries as it is: ASCII letters and digits, "-._~" and the path's "/". */
    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0;
    }

    /**
     * The name a relative URI gives a file of the container (ETSI EN 319 162-1, A.4). A URI with a scheme names
     * something outside it, and an opaque one ({@code mailto:x}) has no path at all.
     */
    private static String decode(String uri) throws IOException {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            throw new Refused(Problem.INVALID_URI, e);
        }
        if (parsed.getScheme() != null || parsed.getPath() == null) {
            throw new Refused(Problem.INVALID_URI, null);
        }
        return parsed.getPath();
    }

    /**
     * Why a manifest is refused, each with the number of arguments it takes; the words are in the message bundles
     * under {@code bundle.manifest.<name>}, so the verifier says them in its reader's language.
     */
    public enum Problem implements Phrase.Kind {

        NOT_WELL_FORMED(1),
        DOCTYPE(0),
        TOO_MANY_FILES(1),
        NOT_A_MANIFEST(1),
        SIGNATURE_COUNT(1),
        OTHER_DIGEST(1),
        DIGEST_NOT_BASE64(0),
        DIGEST_PART_MISSING(1),
        INVALID_URI(0);

        private final int arity;

        Problem(int arity) {
            this.arity = arity;
        }

        @Override
        public int arity() {
            return arity;
        }

        @Override
        public String key() {
            return Phrase.Kind.key("bundle.manifest.", this);
        }
    }

    /** A manifest this reader refuses; the message is the reason in English, the phrase the same in any language. */
    public static final class Refused extends IOException implements Phrase.Said {

        private static final long serialVersionUID = 1L;
        private final transient Phrase phrase;

        Refused(Problem problem, Throwable cause, Object... arguments) {
            this(Phrase.of(problem, arguments), cause);
        }

        private Refused(Phrase phrase, Throwable cause) {
            super(phrase.toString(), cause);
            this.phrase = phrase;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
