namespace CpdLog.IntegrationTests.Portfolio;

using System.Diagnostics;
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
            if (words[start] != wanted[0])
            {
                continue;
            }

            var at = start;
            var matched = 1;
            while (matched < wanted.Length)
            {
                var next = -1;
                for (var j = at + 1; j < words.Count && j <= at + 1 + gap; j++)
                {
                    if (words[j] == wanted[matched])
                    {
                        next = j;
                        break;
                    }
                }

                if (next < 0)
                {
                    break;
                }

                at = next;
                matched++;
            }

            if (matched == wanted.Length)
            {
                return true;
            }
        }

        return false;
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

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}

/// <summary>Runs the real command-line PDF checkers. They are required: CI installs qpdf and poppler-utils.</summary>
public static class PdfTools
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed (apt-get install qpdf poppler-utils): {e.Message}", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout + await stderr);
        }
    }
}
