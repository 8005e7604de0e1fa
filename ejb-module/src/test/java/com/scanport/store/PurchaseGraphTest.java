package com.scanport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PurchaseGraphTest {

    private static final long ME = 1;

    /** (user, product) pairs. */
    private static PurchaseGraph graph(long[]... pairs) {
        return PurchaseGraph.of(List.of(pairs), Instant.EPOCH);
    }

    @Test
    void productsBoughtByMorePeersWhoShareAPurchaseComeFirst() {
        PurchaseGraph graph = graph(
                new long[] {ME, 10},
                new long[] {2, 10}, new long[] {2, 20}, new long[] {2, 30},
                new long[] {3, 10}, new long[] {3, 20},
                // Bought by many, but by nobody who bought what I bought.
                new long[] {4, 40}, new long[] {5, 40}, new long[] {6, 40}, new long[] {7, 40});
        assertEquals(List.of(20L, 30L, 40L), graph.ranking(ME, Set.of(10L)));
    }

    @Test
    void peersTiedAreRankedByPopularityThenId() {
        PurchaseGraph graph = graph(
                new long[] {ME, 10},
                new long[] {2, 10}, new long[] {2, 30}, new long[] {2, 20},
                new long[] {3, 30}, new long[] {4, 30});
        assertEquals(List.of(30L, 20L), graph.ranking(ME, Set.of(10L)));
        PurchaseGraph even = graph(new long[] {ME, 10}, new long[] {2, 10}, new long[] {2, 31}, new long[] {2, 21});
        assertEquals(List.of(21L, 31L), even.ranking(ME, Set.of(10L)));
    }

    @Test
    void whatIBoughtIsNeverSuggestedEvenIfTheGraphIsOlderThanMyPurchase() {
        PurchaseGraph graph = graph(new long[] {2, 10}, new long[] {2, 20}, new long[] {3, 20});
        // The graph was taken before I bought 20; my purchases are read fresh.
        assertEquals(List.of(10L), graph.ranking(ME, Set.of(20L)));
    }

    @Test
    void aNewcomerGetsWhatMostPeopleBought() {
        PurchaseGraph graph = graph(new long[] {2, 10}, new long[] {2, 20}, new long[] {3, 20}, new long[] {4, 30},
                new long[] {5, 30}, new long[] {6, 30});
        assertEquals(List.of(30L, 20L, 10L), graph.ranking(ME, Set.of()));
        assertEquals(List.of(), graph().ranking(ME, Set.of()));
    }
}
