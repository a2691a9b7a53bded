namespace CpdLog.Portfolio.Tests;

using System.Buffers.Binary;
using CpdLog.Portfolio.Fonts;
using CpdLog.Portfolio.Rendering;
using SkiaSharp;

public class TrueTypeSubsetterTests
{
    private const string Sample = "Zoë Siân Łukasz £1,250.00 Ó Briain – Wiśniewski";

    private static readonly Lazy<byte[]> RegularBytes = new(() => FontBytes(PortfolioFonts.Default.Regular));
    private static readonly Lazy<byte[]> BoldBytes = new(() => FontBytes(PortfolioFonts.Default.Bold));

    public static TheoryData<string> Faces => ["regular", "bold"];

    [Theory]
    [MemberData(nameof(Faces))]
    public void Subset_TableDirectoryIsSaneAndChecksumsAreRight(string face)
    {
        var (original, typeface) = Load(face);
        var subset = TrueTypeSubsetter.Parse(original).CompactSubset(CodePointMap(typeface, Sample));

        var font = Sfnt.Read(subset);

        var tags = font.Tables.Select(t => t.Tag).ToList();
        Assert.Equal(tags.Order(StringComparer.Ordinal), tags); // sorted for binary search
        Assert.Equal(TrueTypeSubsetter.KeptTables.Where(Sfnt.Read(original).Has), tags);
        Assert.DoesNotContain("GSUB", tags);
        Assert.DoesNotContain("GPOS", tags);
        Assert.DoesNotContain("kern", tags);
        var power = 1 << (int)Math.Log2(tags.Count);
        Assert.Equal((power * 16, (int)Math.Log2(power), (tags.Count * 16) - (power * 16)), (font.SearchRange, font.EntrySelector, font.RangeShift));

        var end = 12 + (16 * tags.Count);
        foreach (var table in font.Tables.OrderBy(t => t.Offset))
        {
            Assert.Equal(0, table.Offset % 4);
            Assert.True(table.Offset >= end, $"'{table.Tag}' overlaps the previous table");
            Assert.True(table.Offset + table.Length <= subset.Length, $"'{table.Tag}' runs past the end");
            end = table.Offset + table.Length;

            var data = subset.AsSpan(table.Offset, table.Length).ToArray();
            if (table.Tag == "head")
            {
                BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), 0); // checked with checkSumAdjustment = 0
            }

            Assert.True(Sfnt.Checksum(data) == table.Checksum, $"checksum of '{table.Tag}'");
        }

        Assert.Equal(0xB1B0AFBAu, Sfnt.Checksum(subset)); // head.checkSumAdjustment balances the whole file
    }

    [Theory]
    [MemberData(nameof(Faces))]
    public void Subset_KeepsTheUsedGlyphsInOrder_OutlinesAndAdvancesUnchanged(string face)
    {
        var (original, typeface) = Load(face);
        var map = CodePointMap(typeface, Sample);
        var parsed = TrueTypeSubsetter.Parse(original);

        var subset = Sfnt.Read(parsed.CompactSubset(map));

        var source = Sfnt.Read(original);
        var kept = parsed.Closure(map.Values).ToList(); // new glyph i is old glyph kept[i]
        Assert.Equal(0, kept[0]); // .notdef stays glyph 0
        Assert.Equal(kept.Count, subset.GlyphCount);
        Assert.True(kept.Count < 100, $"{kept.Count} glyphs kept");
        for (var i = 0; i < kept.Count; i++)
        {
            Assert.True(source.IsComposite(kept[i]) || Sfnt.SameGlyph(source, kept[i], subset, i), $"glyph {kept[i]} -> {i} differs");
            Assert.Equal(source.Advance(kept[i]), subset.Advance(i));
        }

        foreach (var tag in new[] { "OS/2", "fpgm", "prep", "cvt " })
        {
            Assert.True(source.Table(tag).SequenceEqual(subset.Table(tag)), $"'{tag}' changed");
        }

        Assert.Equal(0x00030000u, BinaryPrimitives.ReadUInt32BigEndian(subset.Table("post"))); // no glyph names
        Assert.Equal(0, subset.IndexToLocFormat); // small subset: short loca
        Assert.True(subset.Length < original.Length / 20, $"{subset.Length} bytes");
    }

    [Fact]
    public void Subset_KeepsTheComponentsOfCompositeGlyphs_UnderTheirNewNumbers()
    {
        var (original, typeface) = Load("regular");
        var parsed = TrueTypeSubsetter.Parse(original);
        var source = Sfnt.Read(original);
        var map = CodePointMap(typeface, "ëâŁÓś");
        var composites = map.Values.Where(source.IsComposite).ToList();
        Assert.NotEmpty(composites); // DejaVu builds accented letters from base letter + accent

        var bytes = parsed.CompactSubset(map);

        var subset = TrueTypeSubsetter.Parse(bytes);
        var kept = parsed.Closure(map.Values).ToList();
        foreach (var old in composites)
        {
            var renumbered = subset.Components(kept.IndexOf(old));
            Assert.Equal(parsed.Components(old).Select(c => kept.IndexOf(c)), renumbered); // same components, new numbers
            Assert.All(renumbered, c => Assert.False(subset.GlyphData(c).IsEmpty, $"component {c} is empty"));
            Assert.All(parsed.Components(old), c => Assert.True(Sfnt.SameGlyph(source, c, Sfnt.Read(bytes), kept.IndexOf(c))));
        }
    }

    [Fact]
    public void Subset_OfEveryGlyph_SwitchesToLongLocaAndStillRoundTrips()
    {
        var original = RegularBytes.Value;
        var parsed = TrueTypeSubsetter.Parse(original);
        var every = Enumerable.Range(0, parsed.GlyphCount).ToDictionary(id => 0xF0000 + id); // private-use characters

        var bytes = parsed.CompactSubset(every);

        var subset = Sfnt.Read(bytes);
        var source = Sfnt.Read(original);
        Assert.Equal(1, subset.IndexToLocFormat);
        Assert.Equal(0xB1B0AFBAu, Sfnt.Checksum(bytes));
        Assert.Equal(source.GlyphCount, subset.GlyphCount); // every glyph kept: numbers unchanged
        for (var id = 0; id < source.GlyphCount; id++)
        {
            Assert.True(Sfnt.SameGlyph(source, id, subset, id), $"glyph {id} differs");
        }

        Assert.Equal(parsed.GlyphCount, TrueTypeSubsetter.Parse(bytes).GlyphCount); // our output parses again
    }

    [Fact]
    public void Subset_GlyphIdOutOfRange_Throws()
    {
        var parsed = TrueTypeSubsetter.Parse(RegularBytes.Value);

        Assert.Throws<ArgumentOutOfRangeException>(() => parsed.CompactSubset(new Dictionary<int, int> { ['A'] = parsed.GlyphCount }));
    }

    [Fact]
    public void TryParse_CffCollectionAndGarbage_SayWhyAndReturnFalse()
    {
        Assert.False(TrueTypeSubsetter.TryParse([.. "OTTO"u8, 0, 1, 0, 0, 0, 0, 0, 0], out _, out var cff));
        Assert.Contains("CFF", cff, StringComparison.Ordinal);
        Assert.False(TrueTypeSubsetter.TryParse([.. "ttcf"u8, 0, 1, 0, 0, 0, 0, 0, 0], out _, out var collection));
        Assert.Contains("collection", collection, StringComparison.Ordinal);
        Assert.False(TrueTypeSubsetter.TryParse("not a font at all"u8.ToArray(), out _, out _));
        Assert.False(TrueTypeSubsetter.TryParse(RegularBytes.Value.AsSpan(0, 400).ToArray(), out _, out var truncated));
        Assert.Contains("past the end", truncated, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_TheRendererFonts_Succeeds()
    {
        Assert.True(TrueTypeSubsetter.TryParse(RegularBytes.Value, out var regular, out var reason), reason);
        Assert.True(TrueTypeSubsetter.TryParse(BoldBytes.Value, out var bold, out reason), reason);
        Assert.True(regular.GlyphCount > 1000 && bold.GlyphCount > 1000);
    }

    [Theory]
    [MemberData(nameof(Faces))]
    public void CompactSubset_RenumbersGlyphs_AndDrawsTheSameCharactersTheSameWay(string face)
    {
        var (original, typeface) = Load(face);
        var parsed = TrueTypeSubsetter.Parse(original);
        const string text = Sample + " ëâŁÓś"; // DejaVu builds accented letters from components
        var map = CodePointMap(typeface, text);

        var bytes = parsed.CompactSubset(map);

        var subset = Sfnt.Read(bytes);
        Assert.Equal(parsed.Closure(map.Values).Count, subset.GlyphCount); // only what is needed, from 0
        Assert.Equal(0xB1B0AFBAu, Sfnt.Checksum(bytes));
        Assert.Equal(subset.GlyphCount, TrueTypeSubsetter.Parse(bytes).GlyphCount); // our output parses again
        Assert.True(bytes.Length * 10 < original.Length, $"{bytes.Length} bytes");

        using var data = SKData.CreateCopy(bytes);
        using var subsetFace = SKTypeface.FromData(data);
        Assert.NotNull(subsetFace);
        using var font = new SKFont(typeface, 12) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
        using var subsetFont = new SKFont(subsetFace, 12) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
        Assert.Equal(font.MeasureText(text), subsetFont.MeasureText(text));
        foreach (var rune in text.EnumerateRunes().Distinct())
        {
            var s = rune.ToString();
            var (g, sg) = (font.GetGlyphs(s)[0], subsetFont.GetGlyphs(s)[0]);
            Assert.True(sg != 0, $"'{s}' lost");
            Assert.True(sg <= g, $"'{s}': {sg} is not renumbered down from {g}");
            Assert.Equal(font.GetGlyphWidths([g])[0], subsetFont.GetGlyphWidths([sg])[0]);
            using var expected = font.GetGlyphPath(g);
            using var actual = subsetFont.GetGlyphPath(sg);
            Assert.Equal(expected?.Bounds ?? SKRect.Empty, actual?.Bounds ?? SKRect.Empty);
            Assert.Equal(expected?.PointCount ?? 0, actual?.PointCount ?? 0);
        }

        Assert.Equal(0, subsetFont.GetGlyphs("ß")[0]); // not in the subset: .notdef
        Assert.Equal(typeface.FamilyName, subsetFace.FamilyName); // the identifying names are kept
        Assert.Equal(typeface.FontStyle.Weight, subsetFace.FontStyle.Weight);
        Assert.True(subset.Table("name").Length < Sfnt.Read(original).Table("name").Length / 3, "licence text left out");
    }

    [Fact]
    public void CompactSubset_CharacterBeyondTheBmp_IsMappedThroughFormat12()
    {
        var (original, typeface) = Load("regular");
        var map = CodePointMap(typeface, "Ab");
        map[0x1F600] = map['A']; // any glyph will do: the point is the 32-bit cmap

        using var data = SKData.CreateCopy(TrueTypeSubsetter.Parse(original).CompactSubset(map));
        using var subsetFace = SKTypeface.FromData(data);
        using var subsetFont = new SKFont(subsetFace, 12);

        Assert.Equal(subsetFont.GetGlyphs("A")[0], subsetFont.GetGlyphs("😀")[0]);
        Assert.NotEqual(0, subsetFont.GetGlyphs("b")[0]);
    }

    [Fact]
    public void CompactSubset_IsDeterministic_AndLeavesOutCharactersTheFontLacks()
    {
        var (original, typeface) = Load("bold");
        var parsed = TrueTypeSubsetter.Parse(original);
        var map = CodePointMap(typeface, Sample + "漢");
        Assert.Equal(0, map['漢']);

        var first = parsed.CompactSubset(map);
        var second = parsed.CompactSubset(map.Reverse().ToDictionary());

        Assert.Equal(first, second);
        using var data = SKData.CreateCopy(first);
        using var subsetFont = new SKFont(SKTypeface.FromData(data), 12);
        Assert.Equal(0, subsetFont.GetGlyphs("漢")[0]);
    }

    private static Dictionary<int, int> CodePointMap(SKTypeface typeface, string text)
    {
        using var font = new SKFont(typeface, 12);
        var codePoints = text.EnumerateRunes().Select(r => r.Value).Distinct().ToArray();
        var glyphs = font.GetGlyphs(codePoints);
        return codePoints.Zip(glyphs).ToDictionary(p => p.First, p => (int)p.Second);
    }

    private static (byte[] Bytes, SKTypeface Face) Load(string face) => face == "bold"
        ? (BoldBytes.Value, PortfolioFonts.Default.Bold)
        : (RegularBytes.Value, PortfolioFonts.Default.Regular);

    private static byte[] FontBytes(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out var index);
        Assert.Equal(0, index);
        using var data = SKData.Create(stream);
        return data.ToArray();
    }
}
