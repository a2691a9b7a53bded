namespace CpdLog.Portfolio.Tests;

using System.Buffers.Binary;
using System.Text;
using CpdLog.Portfolio.Fonts;

/// <summary>A minimal sfnt reader written for the tests, independent of <see cref="TrueTypeSubsetter"/>.</summary>
internal sealed class Sfnt
{
    private readonly byte[] _data;

    private Sfnt(byte[] data, List<(string Tag, uint Checksum, int Offset, int Length)> tables)
    {
        _data = data;
        Tables = tables;
        GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);
        IndexToLocFormat = BinaryPrimitives.ReadInt16BigEndian(Table("head")[50..]);
        SearchRange = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(6));
        EntrySelector = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(8));
        RangeShift = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(10));
    }

    public List<(string Tag, uint Checksum, int Offset, int Length)> Tables { get; }

    public int GlyphCount { get; }

    public int IndexToLocFormat { get; }

    public int SearchRange { get; }

    public int EntrySelector { get; }

    public int RangeShift { get; }

    public int Length => _data.Length;

    public static Sfnt Read(byte[] data)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        var tables = new List<(string, uint, int, int)>();
        for (var i = 0; i < count; i++)
        {
            var r = data.AsSpan(12 + (16 * i));
            tables.Add((Encoding.ASCII.GetString(r[..4]), BinaryPrimitives.ReadUInt32BigEndian(r[4..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(r[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(r[12..])));
        }

        return new Sfnt(data, tables);
    }

    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        var padded = new byte[(data.Length + 3) / 4 * 4];
        data.CopyTo(padded);
        uint sum = 0;
        for (var i = 0; i < padded.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(padded.AsSpan(i));
        }

        return sum;
    }

    public bool Has(string tag) => Tables.Exists(t => t.Tag == tag);

    public ReadOnlySpan<byte> Table(string tag)
    {
        var t = Tables.Single(t => t.Tag == tag);
        return _data.AsSpan(t.Offset, t.Length);
    }

    public ReadOnlySpan<byte> Glyph(int id)
    {
        var loca = Table("loca");
        int start, end;
        if (IndexToLocFormat == 0)
        {
            start = 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * id)..]);
            end = 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * (id + 1))..]);
        }
        else
        {
            start = (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * id)..]);
            end = (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * (id + 1))..]);
        }

        return Table("glyf")[start..end];
    }

    /// <summary>
    /// Glyph <paramref name="idA"/> of one font and <paramref name="idB"/> of the other are the same outline: the same
    /// bytes, except that either may be followed by up to 3 zero bytes of alignment padding (the subset aligns every
    /// glyph to 4 bytes).
    /// </summary>
    public static bool SameGlyph(Sfnt a, int idA, Sfnt b, int idB)
    {
        var x = a.Glyph(idA);
        var y = b.Glyph(idB);
        var common = Math.Min(x.Length, y.Length);
        var longer = x.Length > y.Length ? x : y;
        return Math.Abs(x.Length - y.Length) < 4
            && x[..common].SequenceEqual(y[..common])
            && !longer[common..].ContainsAnyExcept((byte)0);
    }

    /// <summary>The advance width of glyph <paramref name="id"/> from 'hmtx' (the last full metric repeats).</summary>
    public int Advance(int id)
    {
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(Table("hhea")[34..]);
        return BinaryPrimitives.ReadUInt16BigEndian(Table("hmtx")[(4 * Math.Min(id, longMetrics - 1))..]);
    }

    public bool IsComposite(int id)
    {
        var glyph = Glyph(id);
        return glyph.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(glyph) < 0;
    }
}
