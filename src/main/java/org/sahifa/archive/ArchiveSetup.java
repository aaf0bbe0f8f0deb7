package org.sahifa.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * {@code sahifa archive init}: uploads Sahifa's configset (the bundled {@code solrconfig.xml} and
 * {@code schema.xml}) through the Configsets API under a name that changes with its content, and creates a
 * collection of {@code shards} × {@code replicas} with it, waiting until every replica is active. The Solr
 * nodes need the plugin jar (docs/archive.md).
 */
public final class ArchiveSetup {

    /** The configset's files, resources of this package's {@code configset/} folder. */
    static final List<String> FILES = List.of("solrconfig.xml", "schema.xml");

    private ArchiveSetup() {
    }

    /** The configset as a zip, as the Configsets API takes it. */
    public static byte[] configsetZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String f : FILES) {
                zip.putNextEntry(new ZipEntry(f));
                zip.write(resource(f));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
        return bytes.toByteArray();
    }

    /** The configset's name: {@code sahifa-} and a checksum of its files, so a changed configset is a new one. */
    public static String configsetName() {
        CRC32 crc = new CRC32();
        for (String f : FILES) {
            crc.update(resource(f));
        }
        return "sahifa-" + HexFormat.of().toHexDigits((int) crc.getValue());
    }

    static byte[] resource(String name) {
        try (InputStream in = ArchiveSetup.class.getResourceAsStream("configset/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The configset file " + name + " is missing from Sahifa's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Uploads the configset (replacing one of the same name) and creates {@code address.collection()}.
     *
     * @throws ArchiveException when the collection exists or the cluster refuses
     */
    public static void init(ArchiveClient client, ArchiveAddress address, int shards, int replicas) {
        if (shards < 1 || replicas < 1) {
            throw new ArchiveException("Shards and replicas must be at least 1 (got " + shards + " shards, "
                    + replicas + " replicas)");
        }
        String configset = configsetName();
        byte[] zip = configsetZip();
        client.call("Uploading the configset " + configset, node -> {
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
            upload.setConfigSetName(configset);
            upload.setOverwrite(true);
            upload.setUploadStream(new ContentStreamBase.ByteArrayStream(zip, configset + ".zip",
                    "application/octet-stream"));
            return upload.process(node);
        });
        List<String> existing = client.call("Listing the collections",
                node -> CollectionAdminRequest.listCollections(node));
        if (existing.contains(address.collection())) {
            throw new ArchiveException("The collection «" + address.collection() + "» already exists on "
                    + address.nodes().get(0) + "; push to it, or choose another name");
        }
        CollectionAdminResponse r = client.call("Creating the collection " + address.collection(), node -> {
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(address.collection(),
                    configset, shards, replicas);
            create.setWaitForFinalState(true);
            return create.process(node);
        });
        if (!r.isSuccess()) {
            throw new ArchiveException("Creating the collection «" + address.collection() + "» failed: "
                    + r.getErrorMessages());
        }
    }
}
