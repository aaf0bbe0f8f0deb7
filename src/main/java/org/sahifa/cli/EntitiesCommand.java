package org.sahifa.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sahifa.entities.EntityService;
import org.sahifa.entities.EntitySummary;
import org.sahifa.entities.EntityType;
import org.sahifa.entities.Spelling;
import org.sahifa.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code sahifa entities [--type person|place|organization] [--json] [--limit N]}. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"List the places, persons and organisations of the library with their counts and spellings,",
                "most mentioned first. Articles stored before names were recognised are scanned first."})
final class EntitiesCommand extends LibraryCommand {

    @Option(names = "--type", paramLabel = "TYPE", description = "person, place or organization (default: all).")
    String type;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N entities (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    int run(Library library) {
        EntityType t;
        try {
            t = type == null ? null : EntityType.parse(type);
        } catch (IllegalArgumentException e) {
            err().println("entities: " + e.getMessage());
            return 2;
        }
        EntityService entities = library.entities();
        catchUp(entities, this);
        List<EntitySummary> list = entities.list(t, limit);
        for (EntitySummary s : list) {
            if (json) {
                Json.println(out(), toJson(s));
            } else {
                StringBuilder spellings = new StringBuilder();
                for (Spelling sp : s.spellings()) {
                    if (spellings.length() > 0) {
                        spellings.append(", ");
                    }
                    spellings.append(sp.text()).append(" (").append(sp.mentions()).append(')');
                }
                out().printf("%d\t%s\t%s\t%d articles\t%d mentions\t%s%n", s.entity().id(), s.entity().type(),
                        s.entity().name(), s.articles(), s.mentions(), spellings);
            }
        }
        out().flush();
        return 0;
    }

    /** Scans articles stored before recognition existed, reporting progress on standard error. */
    static void catchUp(EntityService entities, LibraryCommand cmd) {
        long missing = entities.unscanned();
        if (missing > 0) {
            cmd.err().println("recognising names in " + missing + " article(s) ...");
            cmd.err().flush();
            entities.scanMissing(done -> {
                if (done % 1000 == 0 || done >= missing) {
                    cmd.err().println("  " + Math.min(done, missing) + " / " + missing);
                    cmd.err().flush();
                }
            }, () -> false);
        }
    }

    static ObjectNode toJson(EntitySummary s) {
        ObjectNode n = Json.object();
        n.put("id", s.entity().id());
        n.put("type", s.entity().type().name());
        n.put("name", s.entity().name());
        n.put("articles", s.articles());
        n.put("mentions", s.mentions());
        n.put("firstSeen", s.firstSeen() == null ? null : s.firstSeen().toString());
        n.put("lastSeen", s.lastSeen() == null ? null : s.lastSeen().toString());
        ArrayNode sp = n.putArray("spellings");
        for (Spelling x : s.spellings()) {
            ObjectNode o = sp.addObject();
            o.put("text", x.text());
            o.put("mentions", x.mentions());
        }
        return n;
    }
}
