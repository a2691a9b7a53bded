namespace CpdLog.Portfolio.Layout;

using CpdLog.Core.Portfolio;

/// <summary>
/// Paginates a <see cref="PortfolioDocument"/> into positioned elements. Pass 1 flows the cover, a reserved contents
/// page and every section; pass 2, once the page count is known, adds the running header, "Page X of Y" footers and
/// the contents entries. Nothing here draws, so pagination is testable with any <see cref="ITextMeasurer"/>.
/// </summary>
public sealed partial class PortfolioLayoutEngine(ITextMeasurer measurer, PageGeometry? geometry = null)
{
    // A browser's "padding: 3px 4px" in points, as the benchmark's HTML has it.
    private const float CellPadX = 3f;
    private const int MinLinesPerPart = 2;
    private const float CellPadY = 2.25f;
    private const float BlockGap = 8f;

    private readonly PageGeometry _g = geometry ?? PageGeometry.A4;
    private readonly Dictionary<TableBlock, TableSpec> _columns = new(ReferenceEqualityComparer.Instance);

    public LaidOutDocument Layout(PortfolioDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var flow = new Flow(_g);

        LayoutCover(flow, document);
        var contentsPage = flow.NewPage();
        contentsPage.HasContent = true;

        var anchors = new List<SectionAnchor>();
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            var page = flow.NewPage();
            var destination = $"section-{i + 1}";
            flow.Add(new DestinationElement(_g.MarginLeft, flow.Y, destination));
            anchors.Add(new SectionAnchor(section.Title, page.Number, destination));
            Heading(flow, section.Title, Theme.H1, keepWithNext: 0);
            flow.Y += 6;
            LayoutBlocks(flow, section.Blocks);
        }

        LayoutContents(contentsPage, anchors);
        AddPageFurniture(flow.Pages, document);
        return new LaidOutDocument(_g.Width, _g.Height, flow.Pages, anchors);
    }

    private void LayoutCover(Flow flow, PortfolioDocument document)
    {
        flow.NewPage();
        var cover = document.Cover;
        var x = _g.MarginLeft;
        var width = _g.ContentWidth;
        flow.Y = 120;
        flow.Add(new BoxElement(0, 0, _g.Width, 14, Theme.Blue));
        Lines(flow, cover.Title, Theme.CoverTitle, x, width, ElementRole.Cover);
        flow.Y += 6;
        Lines(flow, document.Metadata.Author, Theme.CoverSubtitle with { Size = 16, Bold = true }, x, width, ElementRole.Cover);
        Lines(flow, cover.Subtitle, Theme.CoverSubtitle, x, width, ElementRole.Cover);
        flow.Y += 24;
        KeyValues(flow, cover.Details);
        flow.Y += 24;

        if (document.VerificationCode.Length == 0)
        {
            // A statement that is not an issued portfolio (e.g. the leaving statement) has nothing to verify.
            Lines(flow, cover.Statement, Theme.Body, x, width, ElementRole.Cover);
            return;
        }

        // Verification panel: code, QR code of the verify URL and the statement, kept on the cover.
        const float qr = 110f;
        var top = flow.Y;
        flow.Add(new BoxElement(x, top, width, qr + 24, Theme.InfoFill));
        flow.Add(new QrCodeElement(x + 12, top + 12, qr, document.VerifyUrl));
        flow.Add(new UrlLinkElement(x + 12, top + 12, qr, qr, document.VerifyUrl));
        var textX = x + qr + 28;
        var textWidth = width - qr - 40;
        flow.Y = top + 16;
        Lines(flow, "Verification code", Theme.Key, textX, textWidth, ElementRole.Cover);
        Lines(flow, document.VerificationCode, Theme.CoverCode, textX, textWidth, ElementRole.Cover);
        flow.Y += 4;
        Lines(flow, cover.Statement, Theme.Body, textX, textWidth, ElementRole.Cover);
        flow.Y = top + qr + 24;
    }

    private void LayoutContents(LayoutPage page, List<SectionAnchor> anchors)
    {
        var y = _g.MarginTop;
        page.Elements.Add(new TextElement(_g.MarginLeft, y + Theme.H1.BaselineOffset, "Contents", Theme.H1, ElementRole.Heading));
        y += Theme.H1.LineHeight + 12;
        var right = _g.Width - _g.MarginRight;
        foreach (var anchor in anchors)
        {
            var number = anchor.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var baseline = y + Theme.Body.BaselineOffset;
            page.Elements.Add(new TextElement(_g.MarginLeft, baseline, anchor.Title, Theme.Body, ElementRole.Contents));
            page.Elements.Add(new TextElement(right - measurer.Measure(number, Theme.Body), baseline, number, Theme.Body, ElementRole.Contents));
            page.Elements.Add(new LineElement(_g.MarginLeft, y + Theme.Body.LineHeight + 3, right, y + Theme.Body.LineHeight + 3, Theme.Rule, 0.5f));
            page.Elements.Add(new LinkElement(_g.MarginLeft, y, _g.ContentWidth, Theme.Body.LineHeight + 3, anchor.DestinationName));
            y += Theme.Body.LineHeight + 8;
        }
    }

    private void AddPageFurniture(List<LayoutPage> pages, PortfolioDocument document)
    {
        var total = pages.Count;
        var right = _g.Width - _g.MarginRight;
        var footerY = _g.Height - (_g.MarginBottom / 2) + 2;
        foreach (var page in pages)
        {
            if (page.Number > 1)
            {
                // Header first so extracted text reads header, body, footer.
                var headerY = (_g.MarginTop / 2) + 4;
                var header = Fit(document.RunningHeader, Theme.Furniture, _g.ContentWidth - 60);
                page.Elements.InsertRange(0,
                [
                    new TextElement(_g.MarginLeft, headerY, header, Theme.Furniture, ElementRole.RunningHeader),
                    new TextElement(right - measurer.Measure("CpdLog", Theme.Furniture), headerY, "CpdLog", Theme.Furniture, ElementRole.RunningHeader),
                    new LineElement(_g.MarginLeft, headerY + 5, right, headerY + 5, Theme.Rule, 0.5f),
                ]);
            }

            var pageText = $"Page {page.Number} of {total}";
            page.Elements.Add(new LineElement(_g.MarginLeft, footerY - 10, right, footerY - 10, Theme.Rule, 0.5f));
            if (document.VerificationCode.Length > 0)
            {
                page.Elements.Add(new TextElement(_g.MarginLeft, footerY, $"Verification code {document.VerificationCode}", Theme.Furniture, ElementRole.Footer));
            }

            page.Elements.Add(new TextElement(right - measurer.Measure(pageText, Theme.Furniture), footerY, pageText, Theme.Furniture, ElementRole.Footer));
        }
    }

    private void LayoutBlocks(Flow flow, IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            LayoutBlock(flow, block);
        }
    }

    private void LayoutBlock(Flow flow, Block block)
    {
        switch (block)
        {
            case HeadingBlock h:
                Heading(flow, h.Text, h.Level <= 2 ? Theme.H2 : Theme.H3, keepWithNext: 3 * Theme.Body.LineHeight);
                break;
            case ParagraphBlock p:
                var style = p.Emphasis switch
                {
                    TextEmphasis.Bold => Theme.BodyBold,
                    TextEmphasis.Muted => Theme.BodyMuted,
                    _ => Theme.Body,
                };
                Lines(flow, p.Text, style, _g.MarginLeft, _g.ContentWidth, ElementRole.Body);
                flow.Y += BlockGap;
                break;
            case KeyValueBlock kv:
                KeyValues(flow, kv.Items);
                flow.Y += BlockGap;
                break;
            case TableBlock t:
                Table(flow, t);
                flow.Y += BlockGap + 4;
                break;
            case NoticeBlock n:
                Notice(flow, n);
                flow.Y += BlockGap;
                break;
            case KeepTogetherBlock k:
                var height = Measure(k.Blocks);
                if (height > flow.Remaining && height <= _g.ContentHeight)
                {
                    flow.NewPage();
                }

                LayoutBlocks(flow, k.Blocks);
                break;
            case ProgressChartBlock c:
                ProgressChart(flow, c);
                flow.Y += BlockGap;
                break;
            case PageBreakBlock:
                if (flow.Page.HasContent)
                {
                    flow.NewPage();
                }

                break;
        }
    }

    /// <summary>Height the blocks take when nothing breaks them: a dry run on an endless page.</summary>
    internal float Measure(IReadOnlyList<Block> blocks)
    {
        var dry = new Flow(_g, measuring: true);
        dry.NewPage();
        var start = dry.Y;
        LayoutBlocks(dry, blocks);
        return dry.Y - start;
    }

    private void Heading(Flow flow, string text, TextStyle style, float keepWithNext)
    {
        var lines = TextWrapper.Wrap(text, _g.ContentWidth, style, measurer);
        var height = (lines.Count * style.LineHeight) + 4;
        if (flow.Page.HasContent)
        {
            flow.Y += style.Size * 0.5f;
        }

        // Keep a heading with the start of what follows it: never the last thing on a page.
        flow.EnsureSpace(height + keepWithNext);
        foreach (var line in lines)
        {
            flow.Add(new TextElement(_g.MarginLeft, flow.Y + style.BaselineOffset, line, style, ElementRole.Heading));
            flow.Y += style.LineHeight;
        }

        flow.Y += 4;
    }

    /// <summary>Wrapped lines, breaking to a new page between lines as needed.</summary>
    private void Lines(Flow flow, string text, TextStyle style, float x, float width, ElementRole role)
    {
        foreach (var line in TextWrapper.Wrap(text, width, style, measurer))
        {
            flow.EnsureSpace(style.LineHeight);
            if (line.Length > 0)
            {
                flow.Add(new TextElement(x, flow.Y + style.BaselineOffset, line, style, role));
            }

            flow.Y += style.LineHeight;
        }
    }

    private void KeyValues(Flow flow, IReadOnlyList<KeyValue> items)
    {
        var keyWidth = MathF.Min(150f, _g.ContentWidth * 0.3f);
        var columns = new[] { new ColumnSpec(keyWidth, ColumnAlign.Left), new ColumnSpec(_g.ContentWidth - keyWidth, ColumnAlign.Left) };
        foreach (var item in items)
        {
            var cells = new[]
            {
                TextWrapper.Wrap(item.Key, keyWidth - (2 * CellPadX), Theme.Key, measurer),
                TextWrapper.Wrap(string.IsNullOrEmpty(item.Value) ? "—" : item.Value, columns[1].Width - (2 * CellPadX), Theme.Value, measurer),
            };
            Row(flow, columns, cells, [Theme.Key, Theme.Value], fill: null, lineHeight: Theme.Value.LineHeight, header: null, ElementRole.Body, rule: false);
        }
    }

    private void Notice(Flow flow, NoticeBlock notice)
    {
        var bar = notice.Kind switch
        {
            NoticeKind.Warning => Theme.Warning,
            NoticeKind.Success => Theme.Success,
            _ => Theme.Blue,
        };
        var style = notice.Kind == NoticeKind.Warning ? Theme.BodyBold : Theme.Body;
        var lines = TextWrapper.Wrap(notice.Text, _g.ContentWidth - 24, style, measurer);
        var height = (lines.Count * style.LineHeight) + 12;
        flow.EnsureSpace(height);
        flow.Add(new BoxElement(_g.MarginLeft, flow.Y, _g.ContentWidth, height, notice.Kind == NoticeKind.Warning ? Theme.FlagFill : Theme.InfoFill));
        flow.Add(new BoxElement(_g.MarginLeft, flow.Y, 4, height, bar));
        var y = flow.Y + 6;
        foreach (var line in lines)
        {
            flow.Add(new TextElement(_g.MarginLeft + 14, y + style.BaselineOffset, line, style, ElementRole.Body));
            y += style.LineHeight;
        }

        flow.Y += height;
    }

    private void Table(Flow flow, TableBlock table)
    {
        if (table.Rows.Count == 0)
        {
            Lines(flow, table.EmptyText, Theme.BodyMuted, _g.MarginLeft, _g.ContentWidth, ElementRole.Body);
            return;
        }

        var spec = Spec(table);
        var columns = spec.Columns;
        var headerStyles = Enumerable.Repeat(Theme.HeaderCell, columns.Length).ToArray();
        var headerCells = table.Columns.Select((c, i) => TextWrapper.Wrap(c.Header, columns[i].Width - (2 * CellPadX), Theme.HeaderCell, measurer)).ToArray();
        var header = new HeaderSpec(columns, headerCells, headerStyles);
        var headerHeight = RowHeight(headerCells, Theme.HeaderCell.LineHeight);

        // Start the table where the header and at least two lines of the first row fit.
        flow.EnsureSpace(headerHeight + (2 * Theme.Cell.LineHeight) + (2 * CellPadY));
        DrawRowLines(flow, columns, headerCells, headerStyles, Theme.Blue, Theme.HeaderCell.LineHeight, 0, MaxLines(headerCells), ElementRole.TableHeader, rule: false);

        foreach (var row in table.Rows)
        {
            var style = row.Emphasis == RowEmphasis.Total ? Theme.CellBold : Theme.Cell;
            var styles = Enumerable.Repeat(style, columns.Length).ToArray();
            var titleLines = new int[columns.Length];
            string? body = null;
            var cells = new List<string>[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                var text = i < row.Cells.Count ? row.Cells[i] : "";
                if (table.Columns[i].TitleFirst && !style.Bold && body is null && SplitTitle(text) is var (title, rest) && rest.Length > 0)
                {
                    text = title;
                    body = rest;
                }

                cells[i] = Cell(text, columns[i].Width - (2 * CellPadX), style, table.Columns[i].TitleFirst, out titleLines[i]);
            }

            Rgb? fill = row.Emphasis switch
            {
                RowEmphasis.Total => Theme.TotalFill,
                RowEmphasis.Flagged => Theme.FlagFill,
                _ => null,
            };
            if (body is null)
            {
                Row(flow, columns, cells, styles, fill, style.LineHeight, header, ElementRole.TableCell, rule: true, titleLines);
                continue;
            }

            // The text under a title is set beneath the row's cells across every column but the first (the reference),
            // so a long description is not squeezed into one column beside short ones. The row's cells are kept
            // on the page with at least two lines of it.
            var bodyLines = TextWrapper.Wrap(body, spec.Span[1].Width - (2 * CellPadX), style, measurer);
            var keep = RowHeight(cells, style.LineHeight) + (Math.Min(MinLinesPerPart, bodyLines.Count) * style.LineHeight) + CellPadY;
            if (keep > flow.Remaining && flow.Page.HasContent && keep <= _g.ContentHeight - headerHeight)
            {
                NewPageWithHeader(flow, header);
            }

            Row(flow, columns, cells, styles, fill, style.LineHeight, header, ElementRole.TableCell, rule: false, titleLines);
            Row(flow, spec.Span, [[], bodyLines], [style, style], fill, style.LineHeight, header, ElementRole.TableCell, rule: true, padTop: 0);
        }
    }

    /// <summary>A cell's first paragraph (its title) and the rest, or null when the cell is empty.</summary>
    private static (string Head, string Body)? SplitTitle(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? (text, "") : (text[..newline].TrimEnd('\r'), text[(newline + 1)..]);
    }

    /// <summary>Wraps a cell; when its column has a title first, the first paragraph is wrapped in bold and counted.</summary>
    private List<string> Cell(string text, float width, TextStyle style, bool titleFirst, out int titleLines)
    {
        titleLines = 0;
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (!titleFirst || style.Bold || text.Length == 0)
        {
            return TextWrapper.Wrap(text, width, style, measurer);
        }

        var title = TextWrapper.Wrap(newline < 0 ? text : text[..newline].TrimEnd('\r'), width, Bold(style), measurer);
        titleLines = title.Count;
        if (newline >= 0)
        {
            title.AddRange(TextWrapper.Wrap(text[(newline + 1)..], width, style, measurer));
        }

        return title;
    }

    private static TextStyle Bold(TextStyle style) => style == Theme.Cell ? Theme.CellBold : style with { Bold = true };

    /// <summary>
    /// The width left for text in each column of <paramref name="table"/> (its share of the content width, less the
    /// cell padding). A word wider than this is broken between characters.
    /// </summary>
    public IReadOnlyList<float> ColumnTextWidths(TableBlock table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return [.. Spec(table).Columns.Select(c => c.Width - (2 * CellPadX))];
    }

    /// <summary>
    /// Column widths from the content, as a browser's automatic table layout does (CSS 2.1 §17.5.2.2): each column
    /// needs at least its widest unbreakable unit (a word or a date, header words included; capped so a hash or URL
    /// is broken rather than squeezing the rest) and would like its widest line unwrapped. When every column's wish
    /// fits, the spare width is shared in proportion to the wishes; otherwise each column gets its minimum and the rest
    /// is shared in proportion to how much more than its minimum it wants. The model's weights only break ties
    /// (empty columns). Cached per table: the widths are computed once per render.
    /// </summary>
    private TableSpec Spec(TableBlock table)
    {
        if (_columns.TryGetValue(table, out var cached))
        {
            return cached;
        }

        var n = table.Columns.Count;
        var available = _g.ContentWidth;
        var cap = available * 0.3f;
        var min = new float[n];
        var max = new float[n];
        var words = new List<Range>();
        foreach (var row in table.Rows)
        {
            var style = row.Emphasis == RowEmphasis.Total ? Theme.CellBold : Theme.Cell;
            for (var i = 0; i < n && i < row.Cells.Count; i++)
            {
                if (table.Columns[i].TitleFirst && !style.Bold && SplitTitle(row.Cells[i]) is var (title, rest))
                {
                    // The title is printed in bold in the column; the text under it spans the row below, so only its
                    // words (never broken when they fit) count towards the column's width.
                    Widths(title, Bold(style), ref min[i], ref max[i], words);
                    var ignored = 0f;
                    Widths(rest, style, ref min[i], ref ignored, words);
                }
                else
                {
                    Widths(row.Cells[i], table.Columns[i].TitleFirst ? Bold(style) : style, ref min[i], ref max[i], words);
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            // Headers wrap at word boundaries: only their longest word and longest line count.
            Widths(table.Columns[i].Header, Theme.HeaderCell, ref min[i], ref max[i], words);
        }

        var totalWeight = table.Columns.Sum(c => c.Weight);
        for (var i = 0; i < n; i++)
        {
            var fallback = available * table.Columns[i].Weight / totalWeight / 4; // an empty column keeps a little room
            min[i] = Math.Max(Math.Min(min[i], cap), Math.Min(fallback, 24)) + (2 * CellPadX);
            max[i] = Math.Max(max[i] + (2 * CellPadX), min[i]);
        }

        var widths = new float[n];
        float sumMin = min.Sum(), sumMax = max.Sum();
        if (sumMax <= available)
        {
            for (var i = 0; i < n; i++)
            {
                widths[i] = max[i] + ((available - sumMax) * max[i] / sumMax);
            }
        }
        else if (sumMin >= available)
        {
            for (var i = 0; i < n; i++)
            {
                widths[i] = available * min[i] / sumMin;
            }
        }
        else
        {
            ShareByHeight(table, min, max, available, widths);
        }

        var spanStart = widths[0];
        cached = new TableSpec(
            [.. table.Columns.Select((c, i) => new ColumnSpec(widths[i], c.Align))],
            [new ColumnSpec(spanStart, ColumnAlign.Left), new ColumnSpec(available - spanStart, ColumnAlign.Left)]);
        _columns[table] = cached;
        return cached;
    }

    /// <summary>
    /// Shares the width left over after every column's minimum so that the table is as short as it can be: in steps,
    /// each step goes to the column whose widening saves the most estimated lines over all rows (a row is as tall as
    /// its tallest cell). Lines are estimated from each paragraph's unwrapped width, so no text is wrapped here.
    /// A browser shares in proportion to the widest line instead, which gives a narrow column of long lists as much
    /// room as a wide column of prose.
    /// </summary>
    private void ShareByHeight(TableBlock table, float[] min, float[] max, float available, float[] widths)
    {
        var n = min.Length;
        var rows = new List<float[][]>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var style = row.Emphasis == RowEmphasis.Total ? Theme.CellBold : Theme.Cell;
            var cells = new float[n][];
            for (var c = 0; c < n; c++)
            {
                var text = c < row.Cells.Count ? row.Cells[c] : "";
                if (table.Columns[c].TitleFirst && !style.Bold && SplitTitle(text) is var (title, _))
                {
                    text = title;
                }

                cells[c] = [.. text.Split('\n').Select(p => measurer.Measure(p.TrimEnd('\r'), table.Columns[c].TitleFirst ? Bold(style) : style))];
            }

            rows.Add(cells);
        }

        Array.Copy(min, widths, n);
        var left = available - min.Sum();
        var step = Math.Max(left / 48, 1f);
        var lines = new int[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            lines[r] = new int[n];
            for (var c = 0; c < n; c++)
            {
                lines[r][c] = EstimatedLines(rows[r][c], widths[c]);
            }
        }

        var top = new int[rows.Count];
        var topColumn = new int[rows.Count];
        var second = new int[rows.Count];
        while (left > 0.01f)
        {
            // Each row's tallest cell and the next tallest, so "the row without column c" costs nothing to find.
            for (var r = 0; r < rows.Count; r++)
            {
                (top[r], topColumn[r], second[r]) = (0, -1, 0);
                for (var k = 0; k < n; k++)
                {
                    var l = lines[r][k];
                    if (l > top[r])
                    {
                        (second[r], top[r], topColumn[r]) = (top[r], l, k);
                    }
                    else if (l > second[r])
                    {
                        second[r] = l;
                    }
                }
            }

            // A line is often saved only a few steps further on, so look ahead up to eight steps and take the widening
            // that saves the most lines per point given.
            int best = -1;
            float bestGive = 0, bestRate = 0;
            for (var c = 0; c < n; c++)
            {
                for (var steps = 1; steps <= 8; steps *= 2)
                {
                    var give = Math.Min(Math.Min(step * steps, left), max[c] - widths[c]);
                    if (give <= 0.01f)
                    {
                        break;
                    }

                    var saving = 0;
                    for (var r = 0; r < rows.Count; r++)
                    {
                        var mine = EstimatedLines(rows[r][c], widths[c] + give);
                        var other = topColumn[r] == c ? second[r] : top[r];
                        saving += top[r] - Math.Max(other, mine);
                    }

                    if (saving / give > bestRate)
                    {
                        (best, bestGive, bestRate) = (c, give, saving / give);
                    }
                }
            }

            if (best < 0)
            {
                break; // no column's widening saves a line: share what is left as a browser would
            }

            widths[best] += bestGive;
            left -= bestGive;
            for (var r = 0; r < rows.Count; r++)
            {
                lines[r][best] = EstimatedLines(rows[r][best], widths[best]);
            }
        }

        for (var c = 0; c < n && left > 0.01f; c++)
        {
            if (table.Columns[c].TitleFirst && widths[c] < max[c])
            {
                // Titles read best on one line: what no column needs to save a line goes to them first.
                var extra = Math.Min(left, max[c] - widths[c]);
                widths[c] += extra;
                left -= extra;
            }
        }

        if (left > 0.01f)
        {
            var wants = Enumerable.Range(0, n).Sum(c => Math.Max(0, max[c] - widths[c]));
            for (var c = 0; c < n; c++)
            {
                widths[c] += wants > 0 ? left * Math.Max(0, max[c] - widths[c]) / wants : left / n;
            }
        }
    }

    /// <summary>Lines a cell's paragraphs take at a column width: each paragraph's width over the text width, plus a tenth for ragged line ends.</summary>
    private static int EstimatedLines(float[] paragraphs, float columnWidth)
    {
        var textWidth = (columnWidth - (2 * CellPadX)) * 0.9f;
        var lines = 0;
        foreach (var p in paragraphs)
        {
            lines += p <= textWidth / 0.9f ? 1 : (int)MathF.Ceiling(p / textWidth);
        }

        return lines;
    }

    /// <summary>Raises <paramref name="min"/> to the widest unbreakable unit of <paramref name="text"/> and <paramref name="max"/> to its widest paragraph.</summary>
    private void Widths(string? text, TextStyle style, ref float min, ref float max, List<Range> words)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var range in text.AsSpan().Split('\n'))
        {
            var paragraph = text.AsSpan(range).TrimEnd('\r');
            max = Math.Max(max, measurer.Measure(paragraph, style));
            TextWrapper.Words(paragraph, words);
            foreach (var word in words)
            {
                min = Math.Max(min, measurer.Measure(paragraph[word], style));
            }
        }
    }

    /// <summary>
    /// Places one row. A row that does not fit goes to the next page (after the repeated header); a row taller than a
    /// whole page is split between lines instead.
    /// </summary>
    private void Row(Flow flow, ColumnSpec[] columns, List<string>[] cells, TextStyle[] styles, Rgb? fill, float lineHeight, HeaderSpec? header, ElementRole role, bool rule, int[]? titleLines = null, float padTop = CellPadY, float padBottom = CellPadY)
    {
        var lineCount = MaxLines(cells);
        var height = RowHeight(cells, lineHeight, padTop, padBottom);
        var headerHeight = header is null ? 0 : RowHeight(header.Cells, Theme.HeaderCell.LineHeight);
        var pageCapacity = _g.ContentHeight - headerHeight;

        // A row that does not fit is split between lines (as browsers split table rows) when at least two of its lines
        // fit here and at least two go over; a shorter row, or one that would leave a single line behind, moves on.
        if (height > flow.Remaining && height <= pageCapacity)
        {
            var fits = (int)MathF.Floor((flow.Remaining - padTop - padBottom) / lineHeight);
            if (fits < MinLinesPerPart || lineCount < 2 * MinLinesPerPart)
            {
                NewPageWithHeader(flow, header);
                padTop = CellPadY; // a part that starts a page is clear of the header
            }
        }

        var first = 0;
        while (first < lineCount)
        {
            var fitting = (int)MathF.Floor((flow.Remaining - padTop - padBottom) / lineHeight);
            if (fitting < 1)
            {
                NewPageWithHeader(flow, header);
                padTop = CellPadY;
                continue;
            }

            var take = Math.Min(fitting, lineCount - first);
            var rest = lineCount - first - take;
            if (rest is > 0 and < MinLinesPerPart && take > MinLinesPerPart)
            {
                take -= MinLinesPerPart - rest; // no single line carried over to the next page
            }

            DrawRowLines(flow, columns, cells, styles, fill, lineHeight, first, first + take, role, rule, titleLines, padTop, padBottom);
            first += take;
            if (first < lineCount)
            {
                NewPageWithHeader(flow, header);
                padTop = CellPadY;
            }
        }
    }

    private void NewPageWithHeader(Flow flow, HeaderSpec? header)
    {
        flow.NewPage();
        if (header is not null)
        {
            DrawRowLines(flow, header.Columns, header.Cells, header.Styles, Theme.Blue, Theme.HeaderCell.LineHeight, 0, MaxLines(header.Cells), ElementRole.TableHeader, rule: false);
        }
    }

    private void DrawRowLines(Flow flow, ColumnSpec[] columns, List<string>[] cells, TextStyle[] styles, Rgb? fill, float lineHeight, int from, int to, ElementRole role, bool rule, int[]? titleLines = null, float padTop = CellPadY, float padBottom = CellPadY)
    {
        var height = ((to - from) * lineHeight) + padTop + padBottom;
        if (fill is { } f)
        {
            flow.Add(new BoxElement(_g.MarginLeft, flow.Y, _g.ContentWidth, height, f));
        }

        var x = _g.MarginLeft;
        for (var c = 0; c < columns.Length; c++)
        {
            var y = flow.Y + padTop;
            for (var i = from; i < to && i < cells[c].Count; i++)
            {
                var text = cells[c][i];
                if (text.Length > 0)
                {
                    var style = titleLines is not null && i < titleLines[c] ? Bold(styles[c]) : styles[c];
                    var tx = columns[c].Align == ColumnAlign.Right
                        ? x + columns[c].Width - CellPadX - measurer.Measure(text, style)
                        : x + CellPadX;
                    flow.Add(new TextElement(tx, y + style.BaselineOffset, text, style, role));
                }

                y += lineHeight;
            }

            x += columns[c].Width;
        }

        flow.Y += height;
        if (rule)
        {
            flow.Add(new LineElement(_g.MarginLeft, flow.Y, _g.MarginLeft + _g.ContentWidth, flow.Y, Theme.Rule, 0.5f));
        }
    }

    private static int MaxLines(List<string>[] cells) => Math.Max(1, cells.Max(c => c.Count));

    private static float RowHeight(List<string>[] cells, float lineHeight, float padTop = CellPadY, float padBottom = CellPadY) => (MaxLines(cells) * lineHeight) + padTop + padBottom;

    /// <summary>Cuts a one-line string to <paramref name="width"/> with an ellipsis (page furniture only).</summary>
    private string Fit(string text, TextStyle style, float width)
    {
        if (measurer.Measure(text, style) <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && measurer.Measure(string.Concat(text.AsSpan(0, cut), "…"), style) > width)
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }

    private sealed record ColumnSpec(float Width, ColumnAlign Align);

    /// <param name="Span">The columns of the band under a row: the first column, and all the others joined.</param>
    private sealed record TableSpec(ColumnSpec[] Columns, ColumnSpec[] Span);

    private sealed record HeaderSpec(ColumnSpec[] Columns, List<string>[] Cells, TextStyle[] Styles);

    /// <summary>The write position: current page and y. In measuring mode the page never ends and nothing is kept.</summary>
    private sealed class Flow(PageGeometry g, bool measuring = false)
    {
        public List<LayoutPage> Pages { get; } = [];

        public LayoutPage Page { get; private set; } = new(0);

        public float Y { get; set; }

        public float Remaining => (measuring ? float.MaxValue : g.Height - g.MarginBottom) - Y;

        public LayoutPage NewPage()
        {
            Page = new LayoutPage(Pages.Count + 1);
            if (!measuring)
            {
                Pages.Add(Page);
            }

            Y = g.MarginTop;
            return Page;
        }

        /// <summary>Starts a new page unless <paramref name="height"/> fits, or the page is still empty (it would not fit anywhere).</summary>
        public void EnsureSpace(float height)
        {
            if (height > Remaining && Page.HasContent)
            {
                NewPage();
            }
        }

        public void Add(LayoutElement element)
        {
            if (!measuring)
            {
                Page.Elements.Add(element);
            }

            if (element is TextElement or BoxElement)
            {
                Page.HasContent = true;
            }
        }
    }
}
