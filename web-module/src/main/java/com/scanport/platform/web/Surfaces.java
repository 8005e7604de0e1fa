package com.scanport.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Every declared {@link Surface}, and which one a path belongs to. */
@ApplicationScoped
public class Surfaces {

    @Inject
    @Any
    Instance<Surface> declared;

    private Map<String, Surface> byRoot;
    private Surface fallback;
    private List<Surface> all;
    private int maxDepth;

    protected Surfaces() {
    }

    /** The surfaces as given, for code that runs without CDI. */
    public Surfaces(Collection<? extends Surface> surfaces) {
        index(List.copyOf(surfaces));
    }

    @PostConstruct
    void discover() {
        index(declared.stream().toList());
    }

    private void index(List<Surface> surfaces) {
        Map<String, Surface> roots = new HashMap<>();
        List<Surface> fallbacks = surfaces.stream().filter(Surface::fallback).toList();
        if (fallbacks.size() != 1) {
            throw new IllegalStateException("Exactly one surface must answer the unclaimed paths, found " + fallbacks);
        }
        for (Surface surface : surfaces) {
            for (String root : surface.roots()) {
                Surface other = roots.put(root, surface);
                if (other != null) {
                    throw new IllegalStateException(surface + " and " + other + " both claim /" + root);
                }
            }
        }
        all = surfaces;
        byRoot = Map.copyOf(roots);
        fallback = fallbacks.get(0);
        maxDepth = roots.keySet().stream().mapToInt(root -> root.split("/").length).max().orElse(0);
    }

    /** The surface a request belongs to, from its path below the context root. */
    public Surface of(String path) {
        // Matrix parameters (";jsessionid=x") belong to no root: /transfer;a=b is /transfer.
        String rest = (path.startsWith("/") ? path.substring(1) : path).replaceAll(";[^/]*", "");
        Surface surface = fallback;
        // Prefix by prefix, no deeper than the deepest root: the longest claimed prefix wins.
        int end = -1;
        for (int depth = 0; depth < maxDepth && end < rest.length(); depth++) {
            int slash = rest.indexOf('/', end + 1);
            end = slash < 0 ? rest.length() : slash;
            Surface claimed = byRoot.get(rest.substring(0, end));
            if (claimed != null) {
                surface = claimed;
            }
        }
        return surface;
    }

    /**
     * The surface of a path as the request line has it, percent-escapes and all
     * ({@code /login%2F} is {@code /login/}), as JAX-RS would decode it.
     */
    public Surface ofRawPath(String rawPath) {
        return of(decoded(rawPath));
    }

    private static String decoded(String rawPath) {
        try {
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return rawPath;
        }
    }

    /** The largest body a request to {@code rawPath} may send: {@code platformLimit}, unless its surface allows more. */
    public long maxBodyBytes(String rawPath, long platformLimit) {
        String path = decoded(rawPath).replaceAll(";[^/]*", "");
        Surface surface = of(path);
        path = path.startsWith("/") ? path.substring(1) : path;
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return Math.max(platformLimit, surface.largeBodies().getOrDefault(path, platformLimit));
    }

    /** The union of one kind of header over all surfaces, after the platform's own. */
    public Set<String> headers(Collection<String> platform, Function<Surface, Set<String>> kind) {
        Set<String> headers = new LinkedHashSet<>(platform);
        all.stream().map(kind).flatMap(Set::stream).sorted().forEach(headers::add);
        return headers;
    }
}
