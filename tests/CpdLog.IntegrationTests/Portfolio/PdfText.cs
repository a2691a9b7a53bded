namespace CpdLog.IntegrationTests.Portfolio;

using System.Globalization;
using System.Text;
using UglyToad.PdfPig;

/// <summary>Reading a served PDF back: text per page, compared without whitespace so wrapped lines still match.</summary>
public static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    /// <summary>
    /// The text in the order it is drawn (<c>pdftotext -raw</c>) with runs of white space folded to one space: a cell's
    /// wrapped lines read on as one phrase even where another font's text sits between them in the content stream.
    /// </summary>
    public static async Task<string> DrawnTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cpdlog-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var (exit, output) = await PdfTools.RunAsync("pdftotext", "-raw", "-enc", "UTF-8", path, "-");
            return exit == 0 ? string.Join(' ', output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : throw new InvalidOperationException("pdftotext failed");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Every word of the document in reading order, NFC-normalised.</summary>
    public static IReadOnlyList<string> Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text.Normalize(NormalizationForm.FormC)).ToList();
    }

    /// <summary>
    /// Whether the words of <paramref name="phrase"/> appear in order with at most <paramref name="gap"/> other words
    /// between neighbours. A title wrapped inside a table cell is extracted line by line across the row, so its lines
    /// are interleaved with the other cells' lines.
    /// </summary>
    public static bool ContainsInOrder(IReadOnlyList<string> words, string phrase, int gap = 12)
    {
        var wanted = phrase.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < words.Count; start++)
        {
            if (words[start] == wanted[0] && MatchesFrom(start, 1))
            {
                return true;
            }
        }

        return false;

        // Every placement of the next word within the gap is tried, not only the first: a word that also occurs in a
        // neighbouring cell ("unexplained gap of 3 months or" in the next-step column) must not end the search.
        bool MatchesFrom(int at, int matched)
        {
            if (matched == wanted.Length)
            {
                return true;
            }

            for (var j = at + 1; j < words.Count && j <= at + 1 + gap; j++)
            {
                if (words[j] == wanted[matched] && MatchesFrom(j, matched + 1))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The cells of the table row that starts with <paramref name="first"/> (e.g. "Total"), to the right of the word
    /// <paramref name="after"/>: words grouped into columns by position, each column's lines joined top to bottom.
    /// The word just before <paramref name="after"/> is returned first (e.g. the "61" of "61 activities").
    /// </summary>
    public static IReadOnlyList<string> RowCellsAfter(byte[] pdf, string first, string after)
    {
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            for (var i = 0; i + 2 < words.Count; i++)
            {
                if (words[i].Text != first || words[i + 2].Text != after)
                {
                    continue;
                }

                var anchor = words[i + 2].BoundingBox;
                var rowTop = words[i].BoundingBox.Top + 1;

                // The row's cells: right of the anchor word, from the row's top down to (not including) the footer.
                var below = words.Skip(i + 3)
                    .TakeWhile(w => w.Text != "Verification")
                    .Where(w => w.BoundingBox.Top <= rowTop && w.BoundingBox.Left > anchor.Right)
                    .OrderBy(w => w.BoundingBox.Left)
                    .ToList();
                var columns = new List<List<UglyToad.PdfPig.Content.Word>>();
                foreach (var w in below)
                {
                    if (columns.Count > 0 && w.BoundingBox.Left <= columns[^1].Max(c => c.BoundingBox.Right) + 4)
                    {
                        columns[^1].Add(w);
                    }
                    else
                    {
                        columns.Add([w]);
                    }
                }

                var cells = new List<string> { words[i + 1].Text };
                cells.AddRange(columns.Select(c => string.Concat(c.OrderByDescending(w => w.BoundingBox.Bottom).Select(w => w.Text))));
                return cells;
            }
        }

        return [];
    }

    /// <summary>
    /// The numbers printed in one right-aligned table column, read by position on every page that carries
    /// <paramref name="pageMarker"/>: the column is found by its header word (<paramref name="header"/>, exact case;
    /// when a header wraps, the rightmost of its words), a number belongs to it when its right edge is the column's.
    /// Numbers on the line of the word "Total" are the totals; the rest are the rows. Running headers and footers
    /// are outside the table and never counted.
    /// </summary>
    public static (List<decimal> Rows, List<decimal> Totals) RightAlignedColumn(byte[] pdf, string pageMarker, params string[] header)
    {
        var rows = new List<decimal>();
        var totals = new List<decimal>();
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            if (!words.Any(w => w.Text == pageMarker))
            {
                continue;
            }

            var first = words.FirstOrDefault(w => w.Text == header[0]);
            if (first is null)
            {
                continue;
            }

            // The header's words: the first one and any later header word within two lines of it.
            var headerWords = words.Where(w => header.Contains(w.Text)
                && Math.Abs(w.BoundingBox.Bottom - first.BoundingBox.Bottom) < 25 && Math.Abs(w.BoundingBox.Left - first.BoundingBox.Left) < 80).ToList();
            var right = headerWords.Max(w => w.BoundingBox.Right);
            var below = headerWords.Min(w => w.BoundingBox.Bottom);
            var footer = words.Where(w => w.Text == "Verification").Select(w => w.BoundingBox.Top).DefaultIfEmpty(0).Max();
            var total = words.FirstOrDefault(w => w.Text == "Total" && w.BoundingBox.Top < below);
            foreach (var w in words)
            {
                if (w.BoundingBox.Top >= below || w.BoundingBox.Bottom <= footer + 1 || Math.Abs(w.BoundingBox.Right - right) > 2
                    || !decimal.TryParse(w.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    continue;
                }

                var onTotalLine = total is not null && Math.Abs(w.BoundingBox.Bottom - total.BoundingBox.Bottom) < 3;
                (onTotalLine ? totals : rows).Add(value);
            }
        }

        return (rows, totals);
    }

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
