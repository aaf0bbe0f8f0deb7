package org.sahifa.cli;

import org.sahifa.entities.CoMention;
import org.sahifa.entities.Entity;
import org.sahifa.entities.EntityService;
import org.sahifa.entities.EntitySummary;
import org.sahifa.entities.EntityType;
import org.sahifa.entities.store.UnknownEntityException;
import org.sahifa.library.Library;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Optional;

/**
 * {@code sahifa entity show|merge|split|alias|rename|type|not-a-name ...}: look at one entity and correct the
 * grouping. An entity is named by its id (from {@code entities}) or by any of its spellings. Corrections persist
 * and hold for later imports.
 */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = "Show one entity or correct the grouping of names (ids from 'entities', or any spelling).",
        subcommands = {EntityCommand.Show.class, EntityCommand.Merge.class, EntityCommand.Split.class,
                EntityCommand.Alias.class, EntityCommand.Rename.class, EntityCommand.Type.class,
                EntityCommand.NotAName.class})
final class EntityCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A correction: resolves references, runs, reports errors as exit code 2. */
    abstract static class Edit extends LibraryCommand {
        @Override
        final int run(Library library) {
            EntitiesCommand.catchUp(library.entities(), this);
            try {
                Entity e = apply(library.entities());
                if (e != null) {
                    out().printf("%d\t%s\t%s%n", e.id(), e.type(), e.name());
                }
                return 0;
            } catch (IllegalArgumentException e) {
                err().println(spec.name() + ": " + e.getMessage());
                return 2;
            }
        }

        abstract Entity apply(EntityService entities);

        static long ref(EntityService entities, String ref) {
            if (ref.matches("\\d{1,18}")) {
                long id = Long.parseLong(ref);
                if (entities.get(id).isEmpty()) {
                    throw new UnknownEntityException(id);
                }
                return id;
            }
            Optional<Entity> e = entities.resolve(null, ref);
            return e.orElseThrow(() -> new UnknownEntityException("no entity named '" + ref + "'")).id();
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "An entity's spellings, articles and co-mentions.")
    static final class Show extends Edit {
        @Parameters(index = "0", paramLabel = "ENTITY", description = "id or any spelling")
        String entity;

        @Option(names = "--json", description = "As one JSON object.")
        boolean json;

        @Override
        Entity apply(EntityService entities) {
            long id = ref(entities, entity);
            EntitySummary s = entities.get(id).orElseThrow(() -> new UnknownEntityException(id));
            if (json) {
                var n = EntitiesCommand.toJson(s);
                var co = n.putArray("coMentions");
                for (CoMention c : entities.coMentions(id, 20)) {
                    var o = co.addObject();
                    o.put("id", c.entity().id());
                    o.put("type", c.entity().type().name());
                    o.put("name", c.entity().name());
                    o.put("articles", c.articles());
                }
                var arts = n.putArray("articleIds");
                entities.articleIds(id, 100).forEach(arts::add);
                Json.println(out(), n);
                return null;
            }
            out().printf("%d\t%s\t%s\t%d articles\t%d mentions%n", id, s.entity().type(), s.entity().name(), s.articles(), s.mentions());
            s.spellings().forEach(sp -> out().printf("  spelling\t%s\t%d%n", sp.text(), sp.mentions()));
            entities.coMentions(id, 20).forEach(c -> out().printf("  with\t%d\t%s\t%s\t%d articles%n",
                    c.entity().id(), c.entity().type(), c.entity().name(), c.articles()));
            out().println("  articles\t" + entities.articleIds(id, 100));
            return null;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge the second entity into the first.")
    static final class Merge extends Edit {
        @Parameters(index = "0", paramLabel = "INTO")
        String into;
        @Parameters(index = "1", paramLabel = "FROM")
        String from;

        @Override
        Entity apply(EntityService entities) {
            return entities.merge(ref(entities, into), ref(entities, from));
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true, description = "Take one spelling out of an entity into a new one.")
    static final class Split extends Edit {
        @Parameters(index = "0", paramLabel = "ENTITY")
        String entity;
        @Parameters(index = "1", paramLabel = "SPELLING")
        String spelling;

        @Override
        Entity apply(EntityService entities) {
            return entities.split(ref(entities, entity), spelling);
        }
    }

    @Command(name = "alias", mixinStandardHelpOptions = true, description = "Add a spelling to an entity.")
    static final class Alias extends Edit {
        @Parameters(index = "0", paramLabel = "ENTITY")
        String entity;
        @Parameters(index = "1", paramLabel = "SPELLING")
        String spelling;

        @Override
        Entity apply(EntityService entities) {
            return entities.alias(ref(entities, entity), spelling);
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Give an entity a new canonical name.")
    static final class Rename extends Edit {
        @Parameters(index = "0", paramLabel = "ENTITY")
        String entity;
        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Override
        Entity apply(EntityService entities) {
            return entities.rename(ref(entities, entity), name);
        }
    }

    @Command(name = "type", mixinStandardHelpOptions = true, description = "Change an entity's type (person, place, organization).")
    static final class Type extends Edit {
        @Parameters(index = "0", paramLabel = "ENTITY")
        String entity;
        @Parameters(index = "1", paramLabel = "TYPE")
        String type;

        @Override
        Entity apply(EntityService entities) {
            return entities.changeType(ref(entities, entity), EntityType.parse(type));
        }
    }

    @Command(name = "not-a-name", mixinStandardHelpOptions = true, description = "Mark an entity as not a name: its mentions go, for good.")
    static final class NotAName extends Edit {
        @Parameters(index = "0", paramLabel = "ENTITY")
        String entity;

        @Override
        Entity apply(EntityService entities) {
            long id = ref(entities, entity);
            entities.notAName(id);
            out().println("not a name: " + id);
            return null;
        }
    }
}
