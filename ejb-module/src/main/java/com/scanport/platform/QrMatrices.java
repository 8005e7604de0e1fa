package com.scanport.platform;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * QR codes module for module as ZXing's {@link Encoder} makes them, at a fraction of its cost.
 * The QR standard has the encoder try all eight mask patterns and keep the one with the lowest
 * penalty; ZXing builds the whole matrix anew for each and counts the penalty module by module,
 * which is most of its time. Here ZXing encodes once, with mask 0, and the other candidates
 * are that code with its data modules flipped where mask 0 and the candidate's mask differ,
 * and the candidate's own format bits: both learnt from ZXing itself, once per symbol version.
 * Rows and columns are bit sets ({@code long}s, so codes up to 64 modules wide: version 11,
 * room for 251 bytes), and the penalties are ZXing's rules counted 64 modules at a time.
 * {@code QrMatricesTest} checks every result against ZXing's own choice. Every code the
 * application prints or shows is drawn from these.
 */
public final class QrMatrices {

    /** Codes are printed and scanned from paper: medium error correction (15%) survives smudges. */
    private static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.M;
    private static final int MASKS = 8;
    private static final int MAX_SIZE = Long.SIZE;
    private static final Map<EncodeHintType, Object> MASK_0 = Map.of(EncodeHintType.QR_MASK_PATTERN, 0);
    private static final Map<Integer, Layout> LAYOUTS = new ConcurrentHashMap<>();

    private QrMatrices() {
    }

    /** A square of modules: bit x of {@code rows[y]} is the module at x, y, set when dark. */
    public record Modules(int size, long[] rows) {

        public boolean isDark(int x, int y) {
            return (rows[y] >>> x & 1) == 1;
        }
    }

    /** Rows and columns of one square of modules, as bit sets. */
    private record Lines(long[] rows, long[] columns) {

        static Lines of(ByteMatrix matrix) {
            int size = matrix.getWidth();
            if (size > MAX_SIZE) {
                throw new IllegalArgumentException("QR codes here hold at most 251 bytes (" + MAX_SIZE + " modules)");
            }
            Lines lines = new Lines(new long[size], new long[size]);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (matrix.get(x, y) == 1) {
                        lines.rows[y] |= 1L << x;
                        lines.columns[x] |= 1L << y;
                    }
                }
            }
            return lines;
        }
    }

    /**
     * Where one symbol version keeps its data (set bits), and for each mask: the function
     * modules (finders, timing, alignment, format bits; data bits clear) and the data modules
     * the mask flips relative to mask 0.
     */
    private record Layout(int size, Lines data, Lines[] functionModules, Lines[] flipsFromMask0) {
    }

    /** The code of {@code content} at medium error correction; contents too long for 64 modules are refused. */
    public static Modules encode(String content) {
        Lines mask0 = Lines.of(encode(content, MASK_0).getMatrix());
        int size = mask0.rows().length;
        Layout layout = LAYOUTS.computeIfAbsent(size, s -> layout(content, mask0));
        long[] rows = new long[size];
        long[] columns = new long[size];
        long[] best = null;
        int lowest = Integer.MAX_VALUE;
        for (int mask = 0; mask < MASKS; mask++) {
            candidate(layout, mask, mask0.rows(), layout.data().rows(), rows, true);
            candidate(layout, mask, mask0.columns(), layout.data().columns(), columns, false);
            int penalty = penalty(rows, columns, size);
            if (penalty < lowest) {
                lowest = penalty;
                best = rows.clone();
            }
        }
        return new Modules(size, best);
    }

    private static void candidate(Layout layout, int mask, long[] mask0, long[] data, long[] into, boolean rows) {
        long[] function = rows ? layout.functionModules()[mask].rows() : layout.functionModules()[mask].columns();
        long[] flips = rows ? layout.flipsFromMask0()[mask].rows() : layout.flipsFromMask0()[mask].columns();
        for (int i = 0; i < into.length; i++) {
            into[i] = function[i] | ((mask0[i] ^ flips[i]) & data[i]);
        }
    }

    private static Layout layout(String content, Lines mask0) {
        int size = mask0.rows().length;
        Version version = Version.getVersionForNumber((size - 17) / 4);
        BitMatrix function = functionPattern(version);
        Lines data = new Lines(new long[size], new long[size]);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (!function.get(x, y)) {
                    data.rows()[y] |= 1L << x;
                    data.columns()[x] |= 1L << y;
                }
            }
        }
        Lines[] functionModules = new Lines[MASKS];
        Lines[] flips = new Lines[MASKS];
        for (int mask = 0; mask < MASKS; mask++) {
            Lines masked = Lines.of(encode(content, Map.of(EncodeHintType.QR_MASK_PATTERN, mask,
                    EncodeHintType.QR_VERSION, version.getVersionNumber())).getMatrix());
            functionModules[mask] = new Lines(new long[size], new long[size]);
            flips[mask] = new Lines(new long[size], new long[size]);
            for (int i = 0; i < size; i++) {
                functionModules[mask].rows()[i] = masked.rows()[i] & ~data.rows()[i];
                functionModules[mask].columns()[i] = masked.columns()[i] & ~data.columns()[i];
                flips[mask].rows()[i] = (masked.rows()[i] ^ mask0.rows()[i]) & data.rows()[i];
                flips[mask].columns()[i] = (masked.columns()[i] ^ mask0.columns()[i]) & data.columns()[i];
            }
        }
        return new Layout(size, data, functionModules, flips);
    }

    /**
     * The modules that carry no data: finders with their separators and format bits, timing,
     * alignment patterns, version information (the layout ZXing's decoder reads codes by).
     */
    private static BitMatrix functionPattern(Version version) {
        int size = version.getDimensionForVersion();
        BitMatrix function = new BitMatrix(size);
        function.setRegion(0, 0, 9, 9);
        function.setRegion(size - 8, 0, 8, 9);
        function.setRegion(0, size - 8, 9, 8);
        int[] centers = version.getAlignmentPatternCenters();
        int last = centers.length - 1;
        for (int x = 0; x <= last; x++) {
            for (int y = 0; y <= last; y++) {
                // None where an alignment pattern would overlap a finder.
                if ((x != 0 || (y != 0 && y != last)) && (x != last || y != 0)) {
                    function.setRegion(centers[y] - 2, centers[x] - 2, 5, 5);
                }
            }
        }
        function.setRegion(6, 9, 1, size - 17);
        function.setRegion(9, 6, size - 17, 1);
        if (version.getVersionNumber() > 6) {
            function.setRegion(size - 11, 0, 3, 6);
            function.setRegion(0, size - 11, 6, 3);
        }
        return function;
    }

    private static QRCode encode(String content, Map<EncodeHintType, Object> hints) {
        try {
            return Encoder.encode(content, ERROR_CORRECTION, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + content.length() + " characters", e);
        }
    }

    /**
     * ZXing's {@code MaskUtil.calculateMaskPenalty}, the QR standard's rules N1 to N4 as ZXing
     * counts them, over every row and every column.
     */
    static int penalty(long[] rows, long[] columns, int size) {
        long all = size == Long.SIZE ? -1L : (1L << size) - 1;
        int penalty = 0;
        int dark = 0;
        for (int i = 0; i < size; i++) {
            penalty += runs(rows[i], all) + runs(columns[i], all);
            penalty += finderLookalikes(rows[i], all, size) + finderLookalikes(columns[i], all, size);
            if (i + 1 < size) {
                penalty += 3 * blocks(rows[i], rows[i + 1], all);
            }
            dark += Long.bitCount(rows[i]);
        }
        int total = size * size;
        return penalty + Math.abs(dark * 2 - total) * 10 / total * 10;
    }

    /**
     * N1: a run of five or more modules of one colour costs 3, and 1 more for each beyond five.
     * A run of L modules is L - 1 neighbours alike; each run of k >= 4 alike neighbours costs
     * k - 1: (k - 3) starts of four alike neighbours, plus 2 for the run.
     */
    private static int runs(long line, long all) {
        long alike = ~(line ^ (line >>> 1)) & (all >>> 1);
        long fourAlike = alike & (alike >>> 1) & (alike >>> 2) & (alike >>> 3);
        return Long.bitCount(fourAlike) + 2 * Long.bitCount(fourAlike & ~(fourAlike << 1));
    }

    /** N2: 2 x 2 blocks of one colour between two neighbouring rows (3 each, counted by the caller). */
    private static int blocks(long row, long next, long all) {
        long alongRow = ~(row ^ (row >>> 1)) & (all >>> 1);
        long down = ~(row ^ next);
        return Long.bitCount(alongRow & down & (down >>> 1));
    }

    /**
     * N3: 40 for every dark-light-dark-dark-dark-light-dark pattern with four light modules
     * right before or right after it inside the symbol.
     */
    private static int finderLookalikes(long line, long all, int size) {
        long light = ~line & all;
        long pattern = line & ~(line >>> 1) & (line >>> 2) & (line >>> 3) & (line >>> 4) & ~(line >>> 5) & (line >>> 6)
                & (all >>> 6);
        long fourLight = light & (light >>> 1) & (light >>> 2) & (light >>> 3);
        return 40 * Long.bitCount(pattern & ((fourLight << 4) | (fourLight >>> 7)));
    }
}
