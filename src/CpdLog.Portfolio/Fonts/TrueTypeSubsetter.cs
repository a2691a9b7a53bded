namespace CpdLog.Portfolio.Fonts;

using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Text;

/// <summary>
/// A TrueType (glyf-outline) font, parsed once, that can write subsets of itself for embedding in a PDF.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="CompactSubset(IReadOnlyDictionary{int, int})"/> keeps only the glyphs needed and renumbers them, rebuilding 'cmap', 'hmtx', 'hhea',
/// 'maxp' and 'loca' and cutting 'name' to the identifying records. Advances and outlines are the original glyphs',
/// so text measured with the original face is drawn identically with the subset. Glyph 0 (.notdef) is always kept.
/// </para>
/// <para>
/// Kept tables: OS/2, cmap, cvt, fpgm, gasp, glyf, head, hhea, hmtx, loca, maxp, name, post (rewritten as format 3,
/// without glyph names), prep. The hinting tables are kept because the glyph programs inside kept outlines call
/// functions defined in 'fpgm'; they are a few KB. Everything else (GSUB, GPOS, GDEF, kern, hdmx, VDMX, LTSH,
/// DSIG, MATH, FFTM, ...) is dropped: a PDF positions every glyph itself, and a signature would no longer match.
/// </para>
/// <para>
/// Not supported (<see cref="TryParse"/> says why): CFF outlines ('OTTO'), font collections ('ttcf') and variable
/// fonts ('fvar'). Callers embed such fonts whole. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class TrueTypeSubsetter
{
    /// <summary>Tables written to a subset, in the order of the table directory (ascending tag).</summary>
    public static readonly IReadOnlyList<string> KeptTables =
        ["OS/2", "cmap", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"];

    private static readonly string[] RequiredTables = ["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"];

    // Composite glyph component flags (OpenType 'glyf').
    private const ushort Arg1And2AreWords = 0x0001;
    private const ushort WeHaveAScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort WeHaveAnXAndYScale = 0x0040;
    private const ushort WeHaveATwoByTwo = 0x0080;

    private const uint SfntTrueType = 0x00010000;
    private const uint SfntApple = 0x74727565; // 'true'
    private const uint HeadMagic = 0x5F0F3CF5;
    private const uint ChecksumMagic = 0xB1B0AFBA;

    private readonly byte[] _data;
    private readonly uint _sfntVersion;
    private readonly Dictionary<string, (int Offset, int Length)> _tables;
    private readonly int[] _glyphOffsets; // numGlyphs + 1 offsets into 'glyf'
    private readonly int _glyfOffset;

    private TrueTypeSubsetter(byte[] data, uint sfntVersion, Dictionary<string, (int Offset, int Length)> tables, int[] glyphOffsets)
    {
        _data = data;
        _sfntVersion = sfntVersion;
        _tables = tables;
        _glyphOffsets = glyphOffsets;
        _glyfOffset = tables["glyf"].Offset;
    }

    /// <summary>Number of glyphs (maxp.numGlyphs).</summary>
    public int GlyphCount => _glyphOffsets.Length - 1;

    /// <summary>Size of the font file that was parsed.</summary>
    public int OriginalLength => _data.Length;

    /// <summary>Tags of the tables in the original font.</summary>
    public IEnumerable<string> TableTags => _tables.Keys;

    /// <summary>Parses <paramref name="data"/> (not copied: do not change it afterwards).</summary>
    /// <exception cref="InvalidDataException">The data is not a well-formed TrueType font.</exception>
    /// <exception cref="NotSupportedException">A CFF font, a collection or a variable font.</exception>
    public static TrueTypeSubsetter Parse(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length < 12)
        {
            throw new InvalidDataException("Too short for an sfnt header.");
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(data);
        switch (version)
        {
            case 0x4F54544F: // 'OTTO'
                throw new NotSupportedException("CFF (PostScript) outlines are not supported; only glyf outlines.");
            case 0x74746366: // 'ttcf'
                throw new NotSupportedException("Font collections (.ttc) are not supported.");
            case not SfntTrueType and not SfntApple:
                throw new InvalidDataException($"Unknown sfnt version 0x{version:X8}.");
        }

        var numTables = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        if (12 + (16L * numTables) > data.Length)
        {
            throw new InvalidDataException("Table directory runs past the end of the file.");
        }

        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        for (var i = 0; i < numTables; i++)
        {
            var record = data.AsSpan(12 + (16 * i), 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if ((long)offset + length > data.Length)
            {
                throw new InvalidDataException($"Table '{tag}' runs past the end of the file.");
            }

            if (!tables.TryAdd(tag, ((int)offset, (int)length)))
            {
                throw new InvalidDataException($"Table '{tag}' appears twice.");
            }
        }

        foreach (var tag in RequiredTables)
        {
            if (!tables.ContainsKey(tag))
            {
                throw new InvalidDataException($"Required table '{tag}' is missing.");
            }
        }

        if (tables.ContainsKey("fvar"))
        {
            throw new NotSupportedException("Variable fonts are not supported.");
        }

        var head = Table(data, tables, "head");
        if (head.Length < 54 || BinaryPrimitives.ReadUInt32BigEndian(head[12..]) != HeadMagic)
        {
            throw new InvalidDataException("Malformed 'head' table.");
        }

        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head[50..]) switch
        {
            0 => false,
            1 => true,
            var f => throw new InvalidDataException($"Unknown indexToLocFormat {f}."),
        };

        var maxp = Table(data, tables, "maxp");
        if (maxp.Length < 6)
        {
            throw new InvalidDataException("Malformed 'maxp' table.");
        }

        int numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        if (numGlyphs == 0)
        {
            throw new InvalidDataException("The font has no glyphs.");
        }

        var loca = Table(data, tables, "loca");
        if (loca.Length < (numGlyphs + 1) * (longLoca ? 4 : 2))
        {
            throw new InvalidDataException("'loca' is shorter than maxp.numGlyphs + 1 entries.");
        }

        var glyfLength = tables["glyf"].Length;
        var offsets = new int[numGlyphs + 1];
        for (var i = 0; i <= numGlyphs; i++)
        {
            var offset = longLoca
                ? BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * i)..])
                : 2u * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * i)..]);
            if (offset > glyfLength || (i > 0 && offset < offsets[i - 1]))
            {
                throw new InvalidDataException($"'loca' entry {i} is out of order or past the end of 'glyf'.");
            }

            offsets[i] = (int)offset;
        }

        return new TrueTypeSubsetter(data, version, tables, offsets);
    }

    /// <summary>Like <see cref="Parse"/>, but reports why a font cannot be subset instead of throwing.</summary>
    public static bool TryParse(byte[] data, [NotNullWhen(true)] out TrueTypeSubsetter? font, [NotNullWhen(false)] out string? reason)
    {
        try
        {
            font = Parse(data);
            reason = null;
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            font = null;
            reason = e.Message;
            return false;
        }
    }

    /// <summary>The bytes of glyph <paramref name="glyphId"/> in 'glyf' (empty for a glyph with no outline).</summary>
    public ReadOnlySpan<byte> GlyphData(int glyphId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(glyphId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(glyphId, GlyphCount);
        var start = _glyphOffsets[glyphId];
        return _data.AsSpan(_glyfOffset + start, _glyphOffsets[glyphId + 1] - start);
    }

    /// <summary>
    /// The glyphs a subset for <paramref name="glyphIds"/> must keep: those ids, glyph 0, and the components of
    /// composite glyphs, recursively.
    /// </summary>
    /// <exception cref="InvalidDataException">A composite glyph is malformed.</exception>
    public SortedSet<int> Closure(IEnumerable<int> glyphIds)
    {
        ArgumentNullException.ThrowIfNull(glyphIds);
        var keep = new SortedSet<int>();
        var pending = new Stack<int>();
        pending.Push(0);
        foreach (var id in glyphIds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(id, nameof(glyphIds));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, GlyphCount, nameof(glyphIds));
            pending.Push(id);
        }

        while (pending.TryPop(out var id))
        {
            if (!keep.Add(id))
            {
                continue;
            }

            foreach (var component in Components(id))
            {
                if (component >= GlyphCount)
                {
                    throw new InvalidDataException($"Glyph {id} refers to component {component}, past numGlyphs.");
                }

                if (!keep.Contains(component))
                {
                    pending.Push(component);
                }
            }
        }

        return keep;
    }

    /// <summary>The glyph ids that composite glyph <paramref name="glyphId"/> is built from (none for a simple glyph).</summary>
    public IReadOnlyList<int> Components(int glyphId)
    {
        var glyph = GlyphData(glyphId);
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return [];
        }

        var components = new List<int>();
        var p = 10; // after numberOfContours and the bounding box
        ushort flags;
        do
        {
            if (p + 4 > glyph.Length)
            {
                throw new InvalidDataException($"Composite glyph {glyphId} is truncated.");
            }

            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[p..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(p + 2)..]));
            p += 4;
            p += (flags & Arg1And2AreWords) != 0 ? 4 : 2;
            if ((flags & WeHaveAScale) != 0)
            {
                p += 2;
            }
            else if ((flags & WeHaveAnXAndYScale) != 0)
            {
                p += 4;
            }
            else if ((flags & WeHaveATwoByTwo) != 0)
            {
                p += 8;
            }

            if (p > glyph.Length)
            {
                throw new InvalidDataException($"Composite glyph {glyphId} is truncated.");
            }
        }
        while ((flags & MoreComponents) != 0);

        return components;
    }

    /// <summary>
    /// Writes the font: the <see cref="KeptTables"/> of the original, with <paramref name="replaced"/> tables in place
    /// of theirs, 'head' set to the loca format, 'post' as format 3, the directory and all checksums.
    /// </summary>
    private byte[] Write(Dictionary<string, byte[]> replaced, bool longLoca)
    {
        // head: new loca format; checkSumAdjustment is zero while the checksums are computed.
        var head = Table(_data, _tables, "head").ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), longLoca ? (short)1 : (short)0);
        replaced["head"] = head;

        var tables = new List<(string Tag, byte[]? Own, int Offset, int Length)>();
        foreach (var tag in KeptTables)
        {
            if (replaced.TryGetValue(tag, out var own))
            {
                tables.Add((tag, own, 0, own.Length));
            }
            else if (tag == "post" && _tables.TryGetValue(tag, out var post) && post.Length >= 32)
            {
                // Format 3: the 32-byte header without glyph names (a PDF never needs them).
                var post3 = _data.AsSpan(post.Offset, 32).ToArray();
                BinaryPrimitives.WriteUInt32BigEndian(post3, 0x00030000);
                tables.Add((tag, post3, 0, post3.Length));
            }
            else if (_tables.TryGetValue(tag, out var original))
            {
                tables.Add((tag, null, original.Offset, original.Length));
            }
        }

        tables.Sort((a, b) => string.CompareOrdinal(a.Tag, b.Tag));
        var directoryLength = 12 + (16 * tables.Count);
        var total = directoryLength + tables.Sum(t => Align4(t.Length));
        var output = new byte[total];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, _sfntVersion);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)tables.Count);
        var power = 1;
        var log2 = 0;
        while (power * 2 <= tables.Count)
        {
            power *= 2;
            log2++;
        }

        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16)); // searchRange
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log2); // entrySelector
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((tables.Count * 16) - (power * 16))); // rangeShift

        var position = directoryLength;
        var headPosition = -1;
        for (var i = 0; i < tables.Count; i++)
        {
            var (tag, own, offset, length) = tables[i];
            var source = own is null ? _data.AsSpan(offset, length) : own.AsSpan(offset, length);
            source.CopyTo(span[position..]); // padding bytes stay zero
            var record = span.Slice(12 + (16 * i), 16);
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(span.Slice(position, Align4(length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)length);
            if (tag == "head")
            {
                headPosition = position;
            }

            position += Align4(length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(span[(headPosition + 8)..], unchecked(ChecksumMagic - Checksum(span)));
        return output;
    }

    /// <summary>
    /// Writes a compact TrueType subset for the characters in <paramref name="glyphByCodePoint"/> (code point →
    /// glyph id in this font): the glyphs they need, plus glyph 0 and composite components, renumbered from 0 in
    /// their original order. 'glyf', 'loca', 'hmtx' (one full metric per glyph), 'hhea', 'maxp' and 'cmap' (format 4
    /// for the BMP, plus format 12 when there are characters beyond it) are rewritten; component references inside
    /// composite glyphs follow the new numbers. Advances and outlines are those of the original glyphs, so text
    /// measured with the original face is drawn identically by the subset, converting characters through the
    /// subset's own 'cmap'. Characters mapped to glyph 0 are left out of the 'cmap' (they are .notdef either way).
    /// </summary>
    /// <exception cref="InvalidDataException">A composite glyph or the metrics are malformed.</exception>
    public byte[] CompactSubset(IReadOnlyDictionary<int, int> glyphByCodePoint) => CompactSubset(glyphByCodePoint, [], out _);

    /// <summary>
    /// As <see cref="CompactSubset(IReadOnlyDictionary{int, int})"/>, and also keeps <paramref name="glyphIds"/>:
    /// glyphs chosen by a shaper (joined Arabic forms, ligatures, conjuncts) that no character maps to. They are not
    /// in the subset's 'cmap', so they are drawn by glyph id: <paramref name="newIds"/> gives each kept glyph's new
    /// number (old id → new id).
    /// </summary>
    /// <exception cref="InvalidDataException">A composite glyph or the metrics are malformed, or an id is out of range.</exception>
    public byte[] CompactSubset(IReadOnlyDictionary<int, int> glyphByCodePoint, IEnumerable<int> glyphIds, out IReadOnlyDictionary<int, int> newIds)
    {
        ArgumentNullException.ThrowIfNull(glyphByCodePoint);
        ArgumentNullException.ThrowIfNull(glyphIds);
        var order = Closure(glyphByCodePoint.Values.Concat(glyphIds)).ToArray(); // ascending old ids; order[0] == 0
        var renumber = new Dictionary<int, int>(order.Length);
        newIds = renumber;
        for (var i = 0; i < order.Length; i++)
        {
            renumber[order[i]] = i;
        }

        var count = order.Length;
        var offsets = new int[count + 1];
        var glyfLength = 0;
        for (var i = 0; i < count; i++)
        {
            offsets[i] = glyfLength;
            glyfLength += Align4(_glyphOffsets[order[i] + 1] - _glyphOffsets[order[i]]);
        }

        offsets[count] = glyfLength;
        var glyf = new byte[glyfLength];
        for (var i = 0; i < count; i++)
        {
            var target = glyf.AsSpan(offsets[i]);
            var data = GlyphData(order[i]);
            data.CopyTo(target);
            RenumberComponents(target[..data.Length], renumber);
        }

        var (loca, longLoca) = Loca(offsets);

        // hmtx: a full (advance, left side bearing) pair for every kept glyph, read through the original's short form.
        var hhea = Table(_data, _tables, "hhea").ToArray();
        var metrics = Table(_data, _tables, "hmtx");
        int longMetrics = hhea.Length >= 36 ? BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34)) : 0;
        if (longMetrics == 0 || metrics.Length < (4 * longMetrics) + (2 * (GlyphCount - longMetrics)))
        {
            throw new InvalidDataException("'hhea'/'hmtx' do not describe every glyph.");
        }

        var hmtx = new byte[4 * count];
        for (var i = 0; i < count; i++)
        {
            var old = order[i];
            var advance = BinaryPrimitives.ReadUInt16BigEndian(metrics[(4 * Math.Min(old, longMetrics - 1))..]);
            var bearing = old < longMetrics
                ? BinaryPrimitives.ReadInt16BigEndian(metrics[((4 * old) + 2)..])
                : BinaryPrimitives.ReadInt16BigEndian(metrics[((4 * longMetrics) + (2 * (old - longMetrics)))..]);
            BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(4 * i), advance);
            BinaryPrimitives.WriteInt16BigEndian(hmtx.AsSpan((4 * i) + 2), bearing);
        }

        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)count);
        var maxp = Table(_data, _tables, "maxp").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)count);
        var cmap = Cmap(glyphByCodePoint.Where(e => e.Value != 0).Select(e => (e.Key, renumber[e.Value])).OrderBy(e => e.Key).ToList());

        var replaced = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = glyf, ["loca"] = loca, ["hmtx"] = hmtx, ["hhea"] = hhea, ["maxp"] = maxp, ["cmap"] = cmap,
        };
        if (NamesOnly() is { } name)
        {
            replaced["name"] = name;
        }

        return Write(replaced, longLoca);
    }

    /// <summary>
    /// The 'name' table with only the records that identify the font (ids 0 to 6: copyright, family, style, unique
    /// id, full name, version, PostScript name), as common subsetters keep; the licence text and descriptions, often
    /// most of the table, are left to the original file. Null to keep the table as it is (absent, or not format 0).
    /// </summary>
    private byte[]? NamesOnly()
    {
        if (!_tables.TryGetValue("name", out var location) || location.Length < 6)
        {
            return null;
        }

        var table = _data.AsSpan(location.Offset, location.Length);
        int count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        int storage = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        if (BinaryPrimitives.ReadUInt16BigEndian(table) != 0 || 6 + (12 * count) > table.Length)
        {
            return null;
        }

        var kept = new List<(byte[] Record, byte[] Text)>();
        for (var i = 0; i < count; i++)
        {
            var record = table.Slice(6 + (12 * i), 12);
            int nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            int offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (nameId <= 6 && storage + offset + length <= table.Length)
            {
                kept.Add((record.ToArray(), table.Slice(storage + offset, length).ToArray()));
            }
        }

        var newStorage = 6 + (12 * kept.Count);
        var name = new byte[newStorage + kept.Sum(k => k.Text.Length)];
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(2), (ushort)kept.Count);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(4), (ushort)newStorage);
        var at = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            var (record, text) = kept[i];
            BinaryPrimitives.WriteUInt16BigEndian(record.AsSpan(10), (ushort)at); // records stay sorted as they were
            record.CopyTo(name.AsSpan(6 + (12 * i)));
            text.CopyTo(name.AsSpan(newStorage + at));
            at += text.Length;
        }

        return name;
    }

    /// <summary>
    /// 'loca' for glyph offsets into 'glyf' (one more than the glyph count): the short format (offset / 2 in a uint16)
    /// when every offset fits, else the long one.
    /// </summary>
    private static (byte[] Loca, bool Long) Loca(int[] offsets)
    {
        var longLoca = offsets[^1] > 2 * ushort.MaxValue;
        var loca = new byte[offsets.Length * (longLoca ? 4 : 2)];
        for (var i = 0; i < offsets.Length; i++)
        {
            if (longLoca)
            {
                BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)offsets[i]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * i), (ushort)(offsets[i] / 2));
            }
        }

        return (loca, longLoca);
    }

    /// <summary>Points the component references of a composite glyph (in place) at the renumbered glyphs.</summary>
    private static void RenumberComponents(Span<byte> glyph, Dictionary<int, int> renumber)
    {
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return;
        }

        var p = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[p..]);
            var component = BinaryPrimitives.ReadUInt16BigEndian(glyph[(p + 2)..]);
            BinaryPrimitives.WriteUInt16BigEndian(glyph[(p + 2)..], (ushort)renumber[component]);
            p += 4 + ((flags & Arg1And2AreWords) != 0 ? 4 : 2);
            p += (flags & WeHaveAScale) != 0 ? 2 : (flags & WeHaveAnXAndYScale) != 0 ? 4 : (flags & WeHaveATwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0);
    }

    /// <summary>
    /// A 'cmap' for sorted (code point, glyph) pairs: a Windows Unicode BMP subtable (format 4, one segment per run of
    /// consecutive characters on consecutive glyphs) and, when any character is beyond the BMP, a Windows Unicode
    /// full-repertoire subtable (format 12) with all of them.
    /// </summary>
    private static byte[] Cmap(List<(int CodePoint, int Glyph)> entries)
    {
        static List<(int Start, int End, int Glyph)> Runs(IEnumerable<(int CodePoint, int Glyph)> sorted)
        {
            var runs = new List<(int Start, int End, int Glyph)>();
            foreach (var (c, g) in sorted)
            {
                if (runs.Count > 0 && runs[^1].End == c - 1 && runs[^1].Glyph + (c - runs[^1].Start) == g)
                {
                    runs[^1] = runs[^1] with { End = c };
                }
                else
                {
                    runs.Add((c, c, g));
                }
            }

            return runs;
        }

        var bmp = Runs(entries.Where(e => e.CodePoint < 0xFFFF));
        bmp.Add((0xFFFF, 0xFFFF, 0)); // the required last segment
        var segments = bmp.Count;
        var format4 = new byte[16 + (8 * segments)];
        var f4 = format4.AsSpan();
        var searchRange = 2 * (1 << (int)Math.Log2(segments));
        BinaryPrimitives.WriteUInt16BigEndian(f4, 4);
        BinaryPrimitives.WriteUInt16BigEndian(f4[2..], (ushort)format4.Length);
        BinaryPrimitives.WriteUInt16BigEndian(f4[6..], (ushort)(2 * segments));
        BinaryPrimitives.WriteUInt16BigEndian(f4[8..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(f4[10..], (ushort)Math.Log2(searchRange / 2));
        BinaryPrimitives.WriteUInt16BigEndian(f4[12..], (ushort)((2 * segments) - searchRange));
        for (var i = 0; i < segments; i++)
        {
            var (start, end, glyph) = bmp[i];
            var delta = i == segments - 1 ? 1 : glyph - start; // 0xFFFF + 1 wraps to .notdef
            BinaryPrimitives.WriteUInt16BigEndian(f4[(14 + (2 * i))..], (ushort)end);
            BinaryPrimitives.WriteUInt16BigEndian(f4[(16 + (2 * segments) + (2 * i))..], (ushort)start);
            BinaryPrimitives.WriteInt16BigEndian(f4[(16 + (4 * segments) + (2 * i))..], unchecked((short)delta));
            // idRangeOffset stays 0: glyph = (character + idDelta) mod 65536.
        }

        var astral = entries.Any(e => e.CodePoint > 0xFFFF);
        var all = astral ? Runs(entries) : [];
        var format12 = astral ? new byte[16 + (12 * all.Count)] : [];
        if (astral)
        {
            var f12 = format12.AsSpan();
            BinaryPrimitives.WriteUInt16BigEndian(f12, 12);
            BinaryPrimitives.WriteUInt32BigEndian(f12[4..], (uint)format12.Length);
            BinaryPrimitives.WriteUInt32BigEndian(f12[12..], (uint)all.Count);
            for (var i = 0; i < all.Count; i++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(f12[(16 + (12 * i))..], (uint)all[i].Start);
                BinaryPrimitives.WriteUInt32BigEndian(f12[(20 + (12 * i))..], (uint)all[i].End);
                BinaryPrimitives.WriteUInt32BigEndian(f12[(24 + (12 * i))..], (uint)all[i].Glyph);
            }
        }

        var tables = astral ? 2 : 1;
        var header = 4 + (8 * tables);
        var cmap = new byte[header + format4.Length + format12.Length];
        var span = cmap.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)tables);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], 3); // Windows, Unicode BMP
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], 1);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], (uint)header);
        format4.CopyTo(span[header..]);
        if (astral)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span[12..], 3); // Windows, Unicode full repertoire
            BinaryPrimitives.WriteUInt16BigEndian(span[14..], 10);
            BinaryPrimitives.WriteUInt32BigEndian(span[16..], (uint)(header + format4.Length));
            format12.CopyTo(span[(header + format4.Length)..]);
        }

        return cmap;
    }

    /// <summary>The OpenType checksum: the sum of big-endian uint32s, the last one padded with zero bytes.</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[i..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }

        return sum;
    }

    private static int Align4(int length) => (length + 3) & ~3;

    private static ReadOnlySpan<byte> Table(byte[] data, Dictionary<string, (int Offset, int Length)> tables, string tag)
    {
        var (offset, length) = tables[tag];
        return data.AsSpan(offset, length);
    }
}
