package com.scanport.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who bought which products, at one moment: enough to rank products for a user by what people
 * who bought what they bought also bought, then by how many people bought them.
 */
final class PurchaseGraph {

    private static final long[] NONE = new long[0];

    private final Map<Long, long[]> productsOf;
    private final Map<Long, long[]> buyersOf;
    /** Each bought product's place by popularity: most buyers first, then lower id. */
    private final Map<Long, Integer> popularityRank;
    private final List<Long> byPopularity;
    private final Instant takenAt;

    private PurchaseGraph(Map<Long, long[]> productsOf, Map<Long, long[]> buyersOf, Instant takenAt) {
        this.productsOf = productsOf;
        this.buyersOf = buyersOf;
        this.takenAt = takenAt;
        this.byPopularity = buyersOf.keySet().stream()
                .sorted(Comparator.<Long>comparingInt(product -> -buyersOf.get(product).length)
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        this.popularityRank = new HashMap<>();
        for (int i = 0; i < byPopularity.size(); i++) {
            popularityRank.put(byPopularity.get(i), i);
        }
    }

    /** The graph of purchases given as (user id, product id) pairs, each pair once. */
    static PurchaseGraph of(List<long[]> userAndProduct, Instant takenAt) {
        Map<Long, List<Long>> products = new HashMap<>();
        Map<Long, List<Long>> buyers = new HashMap<>();
        for (long[] pair : userAndProduct) {
            products.computeIfAbsent(pair[0], user -> new ArrayList<>()).add(pair[1]);
            buyers.computeIfAbsent(pair[1], product -> new ArrayList<>()).add(pair[0]);
        }
        return new PurchaseGraph(packed(products), packed(buyers), takenAt);
    }

    Instant takenAt() {
        return takenAt;
    }

    /**
     * Products for {@code user}, who has bought {@code mine} (read fresh, so what they just
     * bought is never suggested), best first: first those bought by the most of the people who
     * bought any of {@code mine}, then the remaining bought products by popularity. Never one of
     * {@code mine}.
     */
    List<Long> ranking(long user, Set<Long> mine) {
        Set<Long> peers = new HashSet<>();
        for (long product : mine) {
            for (long buyer : buyersOf.getOrDefault(product, NONE)) {
                if (buyer != user) {
                    peers.add(buyer);
                }
            }
        }
        Map<Long, Integer> peersWhoBought = new HashMap<>();
        for (long peer : peers) {
            for (long product : productsOf.get(peer)) {
                if (!mine.contains(product)) {
                    peersWhoBought.merge(product, 1, Integer::sum);
                }
            }
        }
        List<Long> ranked = new ArrayList<>(peersWhoBought.keySet());
        ranked.sort(Comparator.<Long>comparingInt(product -> -peersWhoBought.get(product))
                .thenComparingInt(popularityRank::get));
        for (long product : byPopularity) {
            if (!mine.contains(product) && !peersWhoBought.containsKey(product)) {
                ranked.add(product);
            }
        }
        return ranked;
    }

    private static Map<Long, long[]> packed(Map<Long, List<Long>> lists) {
        Map<Long, long[]> packed = new HashMap<>(lists.size() * 2);
        lists.forEach((key, values) -> packed.put(key, values.stream().mapToLong(Long::longValue).toArray()));
        return packed;
    }
}
