package org.sahifa.search;

import org.sahifa.entities.Entity;
import org.sahifa.entities.EntityService;
import org.sahifa.entities.EntitySummary;
import org.sahifa.entities.EntityType;
import org.sahifa.search.query.QueryNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link EntityLookup} over the library's places and persons ({@link EntityService}). */
public final class EntityServiceLookup implements EntityLookup {

    private final EntityService entities;

    public EntityServiceLookup(EntityService entities) {
        this.entities = entities;
    }

    @Override
    public long[] articles(QueryNode.EntityKind kind, String name) {
        EntityType type = kind == QueryNode.EntityKind.PLACE ? EntityType.PLACE : EntityType.PERSON;
        Optional<Entity> entity = entities.resolve(type, name);
        if (entity.isEmpty()) {
            return null;
        }
        return entities.articleIds(entity.get().id(), Integer.MAX_VALUE).stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public Map<String, Long> taggedSpellings() {
        return entities.taggedSpellingArticles();
    }

    @Override
    public Map<String, String> writtenSpellings() {
        return entities.writtenSpellings();
    }

    @Override
    public Map<Long, java.util.Set<String>> taggedSpellings(long[] articleIds) {
        return entities.taggedSpellings(articleIds);
    }

    @Override
    public List<Suggestion> names(String prefix, int limit) {
        List<Suggestion> out = new ArrayList<>();
        for (Entity e : entities.suggest(prefix, null, limit)) {
            long articles = entities.get(e.id()).map(EntitySummary::articles).orElse(0L);
            Suggestion.Kind kind = switch (e.type()) {
                case PLACE -> Suggestion.Kind.PLACE;
                case PERSON -> Suggestion.Kind.PERSON;
                default -> Suggestion.Kind.NAME;
            };
            out.add(new Suggestion(e.name(), kind, articles));
        }
        return out;
    }
}
