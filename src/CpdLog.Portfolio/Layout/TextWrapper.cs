namespace CpdLog.Portfolio.Layout;

using System.Globalization;
using System.Text;

/// <summary>
/// Greedy line breaking at spaces. A word wider than the line is broken between grapheme clusters with no hyphen
/// added (a hash, URL or long compound must not gain characters that were not in the record).
/// </summary>
public static class TextWrapper
{
    public static List<string> Wrap(string? text, float width, TextStyle style, ITextMeasurer measurer)
    {
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return lines;
        }

        var space = measurer.Measure(" ", style);
        var line = new StringBuilder();
        var words = new List<Range>();
        foreach (var paragraphRange in text.AsSpan().Split('\n'))
        {
            // "\r\n" ends a paragraph like "\n"; a lone '\r' stays part of the text, as before.
            var paragraph = text.AsSpan(paragraphRange);
            if (paragraph.EndsWith('\r') && paragraphRange.End.GetOffset(text.Length) < text.Length)
            {
                paragraph = paragraph[..^1];
            }

            line.Clear();
            var lineWidth = 0f;
            Words(paragraph, words);
            foreach (var wordRange in words)
            {
                var word = paragraph[wordRange];
                var w = measurer.Measure(word, style);
                if (line.Length > 0 && lineWidth + space + w <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += space + w;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                if (w <= width)
                {
                    line.Append(word);
                    lineWidth = w;
                    continue;
                }

                // Too wide for any line: break it, keeping the last piece open so following words can join it.
                var pieces = BreakWord(word.ToString(), width, style, measurer);
                for (var i = 0; i < pieces.Count - 1; i++)
                {
                    lines.Add(pieces[i]);
                }

                line.Append(pieces[^1]);
                lineWidth = measurer.Measure(pieces[^1], style);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>
    /// The units lines break between: words separated by spaces or tabs, except that a date ("7 Nov 2022",
    /// "30 March 2024") is one unit, so it is never split across lines.
    /// </summary>
    public static void Words(ReadOnlySpan<char> paragraph, List<Range> words)
    {
        words.Clear();
        foreach (var range in paragraph.SplitAny(' ', '\t'))
        {
            if (!paragraph[range].IsEmpty)
            {
                words.Add(range);
            }
        }

        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (IsDay(paragraph[words[i]]) && IsMonth(paragraph[words[i + 1]]) && IsYear(paragraph[words[i + 2]]))
            {
                // The dash of a range ("20 Aug 2023 – 21 Aug 2023") stays with the first date.
                var end = i + 3 < words.Count && paragraph[words[i + 3]] is "–" or "-" ? i + 3 : i + 2;
                words[i] = new Range(words[i].Start, words[end].End);
                words.RemoveRange(i + 1, end - i);
            }
        }
    }

    private static bool IsDay(ReadOnlySpan<char> w) => w.Length is 1 or 2 && char.IsAsciiDigit(w[0]) && char.IsAsciiDigit(w[^1]);

    private static bool IsYear(ReadOnlySpan<char> w)
    {
        // "2024", and "2024," or "2024;" or "2024)" at the end of a clause.
        var digits = w.Length > 4 && !char.IsAsciiDigit(w[4]) ? w[..4] : w;
        return digits.Length == 4 && w.Length <= 5 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsMonth(ReadOnlySpan<char> w)
    {
        foreach (var month in Months)
        {
            if (w.Equals(month, StringComparison.Ordinal) || (w.Length == 3 && month.StartsWith(w, StringComparison.Ordinal)) || (w.Length == 4 && w.SequenceEqual("Sept")))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Splits a word into pieces that each fit <paramref name="width"/>, never inside a grapheme cluster.</summary>
    internal static List<string> BreakWord(string word, float width, TextStyle style, ITextMeasurer measurer)
    {
        var starts = StringInfo.ParseCombiningCharacters(word);
        var pieces = new List<string>();
        var first = 0;
        while (first < starts.Length)
        {
            // Binary search for the most clusters that fit; always take at least one so the loop advances.
            int lo = first + 1, hi = starts.Length;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (measurer.Measure(Slice(word, starts, first, mid), style) <= width)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            pieces.Add(Slice(word, starts, first, lo));
            first = lo;
        }

        return pieces;
    }

    private static string Slice(string word, int[] starts, int from, int to)
    {
        var end = to < starts.Length ? starts[to] : word.Length;
        return word[starts[from]..end];
    }
}
