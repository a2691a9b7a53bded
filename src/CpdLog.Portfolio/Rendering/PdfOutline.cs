namespace CpdLog.Portfolio.Rendering;

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CpdLog.Portfolio.Layout;

/// <summary>
/// Adds a document outline (bookmarks, one per section) to a PDF that Skia has just written, as a PDF incremental
/// update (ISO 32000-1 §7.5.6): a new version of the catalog with <c>/Outlines</c> and <c>/PageMode /UseOutlines</c>,
/// the outline objects, and a cross-reference section whose trailer points back to Skia's with <c>/Prev</c>.
/// Nothing Skia wrote is changed, so the update is append-only and works on a stream that cannot seek. SkiaSharp
/// has no outline API, hence this.
/// </summary>
/// <remarks>
/// What Skia writes last, while the document is closed (the catalog, the fonts, the cross-reference table and the
/// trailer), is all this needs: the trailer gives the catalog's object number and the table gives its exact offset,
/// so nothing is found by searching. Each bookmark jumps to the named destination the section heading already has
/// (the same one the contents page links to). If Skia's output is ever not in the expected shape, no outline is
/// added and the reason is returned; the PDF is still complete and valid.
/// </remarks>
internal static partial class PdfOutline
{
    /// <summary>
    /// Writes the update to <paramref name="output"/>. <paramref name="closeBytes"/> are the bytes written while the
    /// document was closed and <paramref name="closeStart"/> is the file offset of the first of them.
    /// </summary>
    public static bool TryAppend(ReadOnlySpan<byte> closeBytes, long closeStart, Stream output, IReadOnlyList<SectionAnchor> sections, out string? notAdded) =>
        TryAppend(closeBytes, closeStart, output, sections, DocumentLanguage, out notAdded);

    /// <summary>
    /// The language of the document's text (BCP 47), written to the catalog as /Lang (ISO 32000-1 §14.9.2): Skia's
    /// PDF writer has no way to set it, so it goes into the same new version of the catalog as the outline.
    /// </summary>
    public const string DocumentLanguage = "en-GB";

    /// <summary>As above, with the catalog's /Lang set to <paramref name="language"/> (unless Skia wrote one).</summary>
    public static bool TryAppend(ReadOnlySpan<byte> closeBytes, long closeStart, Stream output, IReadOnlyList<SectionAnchor> sections, string language, out string? notAdded)
    {
        notAdded = null;
        if (sections.Count == 0)
        {
            notAdded = "the document has no sections";
            return false;
        }

        Trailer trailer;
        string catalog;
        try
        {
            if (!TryReadTrailer(closeBytes, closeStart, out trailer, out notAdded) || !TryReadCatalog(closeBytes, closeStart, trailer, out catalog, out notAdded))
            {
                return false;
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            notAdded = $"the end of the file is not in the expected form ({e.Message})";
            return false;
        }

        if (catalog.Contains("/Outlines", StringComparison.Ordinal))
        {
            notAdded = "the catalog already has an outline";
            return false;
        }

        var offset = closeStart + closeBytes.Length;
        var offsets = new List<long>();
        var text = new StringBuilder();
        if (closeBytes[^1] != (byte)'\n')
        {
            text.Append('\n');
        }

        // Objects: the catalog again (same number, generation 0), the outline root, one item per section.
        var root = trailer.Size;
        var first = root + 1;
        var last = root + sections.Count;
        void Object(int number, string body)
        {
            offsets.Add(offset + text.Length); // all ASCII: one byte per character
            text.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        if (!language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"'{language}' is not a BCP 47 language tag.", nameof(language));
        }

        var lang = catalog.Contains("/Lang", StringComparison.Ordinal) ? "" : $"\n/Lang ({language})";
        Object(trailer.Root, string.Concat(catalog.AsSpan(0, catalog.Length - 2), $"\n/Outlines {root} 0 R\n/PageMode /UseOutlines{lang}>>"));
        Object(root, $"<</Type /Outlines\n/First {first} 0 R\n/Last {last} 0 R\n/Count {sections.Count}>>");
        for (var i = 0; i < sections.Count; i++)
        {
            var item = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<</Title {TextString(sections[i].Title)}\n/Parent {root} 0 R\n/Dest {Name(sections[i].DestinationName)}");
            if (i > 0)
            {
                item.Append(CultureInfo.InvariantCulture, $"\n/Prev {first + i - 1} 0 R");
            }

            if (i < sections.Count - 1)
            {
                item.Append(CultureInfo.InvariantCulture, $"\n/Next {first + i + 1} 0 R");
            }

            Object(first + i, item.Append(">>").ToString());
        }

        var xref = offset + text.Length;
        text.Append(CultureInfo.InvariantCulture, $"xref\n{trailer.Root} 1\n{offsets[0]:D10} 00000 n \n{root} {sections.Count + 1}\n");
        foreach (var o in offsets.Skip(1))
        {
            text.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {last + 1}\n/Root {trailer.Root} 0 R\n/Info {trailer.Info} 0 R\n/ID {trailer.Id}\n/Prev {trailer.StartXref}>>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(text.ToString()));
        return true;
    }

    private static bool TryReadTrailer(ReadOnlySpan<byte> closeBytes, long closeStart, out Trailer trailer, out string? why)
    {
        trailer = default;
        var tail = Encoding.Latin1.GetString(closeBytes[Math.Max(0, closeBytes.Length - 2048)..]);
        var at = tail.LastIndexOf("trailer", StringComparison.Ordinal);
        var match = at < 0 ? Match.Empty : TrailerPattern().Match(tail, at);
        if (!match.Success)
        {
            why = "no trailer in the expected form at the end of the file";
            return false;
        }

        var dictionary = match.Groups["dict"].Value;
        var size = SizePattern().Match(dictionary);
        var root = RootPattern().Match(dictionary);
        var info = InfoPattern().Match(dictionary);
        var id = IdPattern().Match(dictionary);
        if (!size.Success || !root.Success || !info.Success || !id.Success || dictionary.Contains("/Prev", StringComparison.Ordinal))
        {
            why = "the trailer lacks /Size, /Root, /Info or /ID, or the file was already updated";
            return false;
        }

        trailer = new Trailer(Int(size), Int(root), Int(info), id.Value, long.Parse(match.Groups["xref"].Value, CultureInfo.InvariantCulture));
        if (trailer.StartXref < closeStart || trailer.StartXref >= closeStart + closeBytes.Length)
        {
            why = "the cross-reference table was not written while the document was closed";
            return false;
        }

        why = null;
        return true;
    }

    private static bool TryReadCatalog(ReadOnlySpan<byte> closeBytes, long closeStart, Trailer trailer, out string catalog, out string? why)
    {
        catalog = "";

        // The classic table: "xref\n0 <count>\n" then one 20-byte entry per object, "oooooooooo ggggg n\r\n" or " \n".
        var table = closeBytes[(int)(trailer.StartXref - closeStart)..];
        var header = XrefHeaderPattern().Match(Encoding.Latin1.GetString(table[..Math.Min(table.Length, 64)]));
        if (!header.Success || int.Parse(header.Groups["first"].Value, CultureInfo.InvariantCulture) != 0 || trailer.Root >= Int(header.Groups["count"]))
        {
            why = "no single cross-reference subsection from object 0";
            return false;
        }

        var entryStart = header.Length + (trailer.Root * 20);
        if (entryStart + 20 > table.Length || !EntryPattern().IsMatch(Encoding.Latin1.GetString(table.Slice(entryStart, 20))))
        {
            why = "the catalog's cross-reference entry is not in use";
            return false;
        }

        var offset = long.Parse(Encoding.Latin1.GetString(table.Slice(entryStart, 10)), CultureInfo.InvariantCulture);
        if (offset < closeStart || offset >= closeStart + closeBytes.Length)
        {
            why = "the catalog was not written while the document was closed";
            return false;
        }

        var objectText = Encoding.Latin1.GetString(closeBytes.Slice((int)(offset - closeStart), Math.Min(8192, closeBytes.Length - (int)(offset - closeStart))));
        var match = ObjectPattern().Match(objectText);
        if (!match.Success || Int(match.Groups["number"]) != trailer.Root || !match.Groups["dict"].Value.StartsWith("<</Type /Catalog", StringComparison.Ordinal))
        {
            why = "the catalog object is not where the cross-reference table says";
            return false;
        }

        catalog = match.Groups["dict"].Value;
        why = null;
        return true;
    }

    /// <summary>A PDF text string in UTF-16BE with a byte-order mark, so any title survives.</summary>
    private static string TextString(string value) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    /// <summary>A PDF name object: regular characters as they are, anything else as #xx (ISO 32000-1 §7.3.5).</summary>
    private static string Name(string value)
    {
        var name = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is > 0x20 and < 0x7F && "()<>[]{}/%#".IndexOf((char)b, StringComparison.Ordinal) < 0)
            {
                name.Append((char)b);
            }
            else
            {
                name.Append(CultureInfo.InvariantCulture, $"#{b:X2}");
            }
        }

        return name.ToString();
    }

    private static int Int(Match match) => Int(match.Groups[1]);

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\Gtrailer\s*(?<dict><<.*>>)\s*startxref\s+(?<xref>\d+)\s+%%EOF\s*\z", RegexOptions.Singleline)]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"/Root (\d+) 0 R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"/Info (\d+) 0 R")]
    private static partial Regex InfoPattern();

    [GeneratedRegex(@"\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\Axref\r?\n(?<first>\d+) (?<count>\d+)\r?\n")]
    private static partial Regex XrefHeaderPattern();

    [GeneratedRegex(@"\A\d{10} 00000 n[ \r][\r\n]\z")]
    private static partial Regex EntryPattern();

    [GeneratedRegex(@"\A(?<number>\d+) 0 obj\s*(?<dict><<.*?>>)\s*endobj", RegexOptions.Singleline)]
    private static partial Regex ObjectPattern();

    private readonly record struct Trailer(int Size, int Root, int Info, string Id, long StartXref);
}
