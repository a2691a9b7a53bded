namespace CpdLog.Portfolio.Text;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) for one line of a paragraph without explicit embeddings: paragraph
/// level (P2, P3), weak types (W1 to W7), paired brackets (N0), neutrals (N1, N2), implicit levels (I1, I2),
/// trailing whitespace (L1) and reordering into visual runs (L2). Mirroring (L4) and combining marks (L3) are the
/// shaper's job (HarfBuzz mirrors brackets in right-to-left runs and keeps marks with their bases). Why this is ours
/// and what it leaves out: docs/adr/0004-unicode-bidi-by-hand.md.
/// </summary>
internal static class UnicodeBidi
{
    private static readonly (char Open, char Close)[] BracketPairs =
    [
        ('(', ')'), ('[', ']'), ('{', '}'), ('\u0F3A', '\u0F3B'), ('\u0F3C', '\u0F3D'), ('\u169B', '\u169C'),
        ('\u2045', '\u2046'), ('\u207D', '\u207E'), ('\u208D', '\u208E'), ('\u2329', '\u232A'), ('\u27E8', '\u27E9'),
        ('\u3008', '\u3009'), ('\u300A', '\u300B'), ('\u300C', '\u300D'), ('\u300E', '\u300F'), ('\u3010', '\u3011'),
        ('\uFF08', '\uFF09'), ('\uFF3B', '\uFF3D'), ('\uFF5B', '\uFF5D'),
    ];

    /// <summary>True when <paramref name="text"/> has no character that could need reordering (the common case).</summary>
    public static bool IsLeftToRightOnly(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            // Right-to-left scripts live in U+0590..U+08FF, U+FB1D..U+FEFF and beyond the BMP (surrogates).
            if (c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFEFF') or '\u200F' or (>= '\uD800' and <= '\uDFFF'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The paragraph embedding level (P2, P3): 1 when the first strong character is right-to-left.</summary>
    public static byte ParagraphLevel(ReadOnlySpan<BidiClass> types)
    {
        foreach (var t in types)
        {
            if (t == BidiClass.L)
            {
                return 0;
            }

            if (t is BidiClass.R or BidiClass.AL)
            {
                return 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// The resolved embedding level of each UTF-16 unit of <paramref name="text"/> (one line). The paragraph level
    /// is <paramref name="paragraphLevel"/> when given (HL1: a portfolio is an English, left-to-right document, as
    /// the HTML edition's dir="ltr" says), else found by P2 and P3 from the first strong character.
    /// </summary>
    public static byte[] Levels(string text, ref byte? paragraphLevel)
    {
        var n = text.Length;
        var original = new BidiClass[n];
        for (var i = 0; i < n; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                original[i] = BidiClasses.Of(char.ConvertToUtf32(text[i], text[i + 1]));
                original[i + 1] = BidiClass.BN; // the low half follows its high half
                i++;
            }
            else
            {
                original[i] = BidiClasses.Of(text[i]);
            }
        }

        paragraphLevel ??= ParagraphLevel(original);
        var level = paragraphLevel.Value;
        var e = (level & 1) == 0 ? BidiClass.L : BidiClass.R; // embedding direction, sos and eos

        // X9: boundary neutrals are removed; the rules below run on the others, in order.
        var index = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            if (original[i] != BidiClass.BN)
            {
                index.Add(i);
            }
        }

        var m = index.Count;
        var t = new BidiClass[m];
        for (var k = 0; k < m; k++)
        {
            t[k] = original[index[k]];
        }

        // W1: a non-spacing mark takes the type of the character before it.
        for (var k = 0; k < m; k++)
        {
            if (t[k] == BidiClass.NSM)
            {
                t[k] = k == 0 ? e : t[k - 1];
            }
        }

        // W2: European digits after Arabic letters are Arabic digits. W3: AL becomes R.
        var lastStrong = e;
        for (var k = 0; k < m; k++)
        {
            if (t[k] is BidiClass.L or BidiClass.R or BidiClass.AL)
            {
                lastStrong = t[k];
            }
            else if (t[k] == BidiClass.EN && lastStrong == BidiClass.AL)
            {
                t[k] = BidiClass.AN;
            }
        }

        for (var k = 0; k < m; k++)
        {
            if (t[k] == BidiClass.AL)
            {
                t[k] = BidiClass.R;
            }
        }

        // W4: one separator between two numbers of the same kind joins them.
        for (var k = 1; k + 1 < m; k++)
        {
            if (t[k] == BidiClass.ES && t[k - 1] == BidiClass.EN && t[k + 1] == BidiClass.EN)
            {
                t[k] = BidiClass.EN;
            }
            else if (t[k] == BidiClass.CS && t[k - 1] == t[k + 1] && t[k - 1] is BidiClass.EN or BidiClass.AN)
            {
                t[k] = t[k - 1];
            }
        }

        // W5: terminators (%, £, °) next to European numbers are part of them.
        for (var k = 0; k < m; k++)
        {
            if (t[k] != BidiClass.ET)
            {
                continue;
            }

            var end = k;
            while (end < m && t[end] == BidiClass.ET)
            {
                end++;
            }

            if ((k > 0 && t[k - 1] == BidiClass.EN) || (end < m && t[end] == BidiClass.EN))
            {
                Array.Fill(t, BidiClass.EN, k, end - k);
            }

            k = end - 1;
        }

        // W6: remaining separators and terminators are neutral. W7: European numbers after L are L.
        lastStrong = e;
        for (var k = 0; k < m; k++)
        {
            if (t[k] is BidiClass.ES or BidiClass.ET or BidiClass.CS)
            {
                t[k] = BidiClass.ON;
            }

            if (t[k] is BidiClass.L or BidiClass.R)
            {
                lastStrong = t[k];
            }
            else if (t[k] == BidiClass.EN && lastStrong == BidiClass.L)
            {
                t[k] = BidiClass.L;
            }
        }

        ResolveBrackets(text, index, t, original, e);

        // N1, N2: a run of neutrals between two strong types of the same direction takes it (numbers count as R);
        // otherwise the embedding direction.
        for (var k = 0; k < m; k++)
        {
            if (!IsNeutral(t[k]))
            {
                continue;
            }

            var end = k;
            while (end < m && IsNeutral(t[end]))
            {
                end++;
            }

            var before = k == 0 ? e : StrongDirection(t[k - 1]);
            var after = end == m ? e : StrongDirection(t[end]);
            Array.Fill(t, before == after ? before : e, k, end - k);
            k = end - 1;
        }

        // I1, I2: implicit levels.
        var levels = new byte[n];
        Array.Fill(levels, level);
        for (var k = 0; k < m; k++)
        {
            var l = level;
            if ((level & 1) == 0)
            {
                l += t[k] switch { BidiClass.R => 1, BidiClass.AN or BidiClass.EN => 2, _ => 0 };
            }
            else if (t[k] is BidiClass.L or BidiClass.EN or BidiClass.AN)
            {
                l++;
            }

            levels[index[k]] = (byte)l;
        }

        // Removed characters take the level of the character before them (X9's note), so runs stay together.
        for (var i = 0; i < n; i++)
        {
            if (original[i] == BidiClass.BN)
            {
                levels[i] = i == 0 ? level : levels[i - 1];
            }
        }

        // L1: separators, and whitespace before them or at the end of the line, go back to the paragraph level.
        var trailing = true;
        for (var i = n - 1; i >= 0; i--)
        {
            var o = original[i];
            if (o is BidiClass.S or BidiClass.B)
            {
                levels[i] = level;
                trailing = true;
            }
            else if (o is BidiClass.WS or BidiClass.BN)
            {
                if (trailing)
                {
                    levels[i] = level;
                }
            }
            else
            {
                trailing = false;
            }
        }

        return levels;
    }

    /// <summary>
    /// The level runs of one line in visual order, left to right (L2: from the highest level down to the lowest odd
    /// level, every maximal sequence at that level or higher is reversed).
    /// </summary>
    public static List<BidiRun> VisualRuns(string text, byte? paragraphLevel = 0)
    {
        var runs = new List<BidiRun>();
        if (text.Length == 0)
        {
            return runs;
        }

        if (paragraphLevel == 0 && IsLeftToRightOnly(text))
        {
            runs.Add(new BidiRun(0, text.Length, 0));
            return runs;
        }

        var levels = Levels(text, ref paragraphLevel);
        var start = 0;
        for (var i = 1; i <= levels.Length; i++)
        {
            if (i == levels.Length || levels[i] != levels[start])
            {
                runs.Add(new BidiRun(start, i - start, levels[start]));
                start = i;
            }
        }

        var highest = runs.Max(r => r.Level);
        var lowestOdd = runs.Where(r => r.IsRightToLeft).Select(r => (int)r.Level).DefaultIfEmpty(255).Min();
        for (var l = highest; l >= lowestOdd && l > 0; l--)
        {
            for (var i = 0; i < runs.Count; i++)
            {
                if (runs[i].Level < l)
                {
                    continue;
                }

                var end = i;
                while (end < runs.Count && runs[end].Level >= l)
                {
                    end++;
                }

                runs.Reverse(i, end - i);
                i = end;
            }
        }

        return runs;
    }

    private static bool IsNeutral(BidiClass t) => t is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON;

    private static BidiClass StrongDirection(BidiClass t) => t == BidiClass.L ? BidiClass.L : BidiClass.R; // EN, AN → R

    /// <summary>N0: paired brackets take the direction of the text they enclose, or of their context.</summary>
    private static void ResolveBrackets(string text, List<int> index, BidiClass[] t, BidiClass[] original, BidiClass e)
    {
        // BD16: pair brackets with a stack of openers (at most 63 deep, as the algorithm says).
        var pairs = new List<(int Open, int Close)>();
        var stack = new List<(char Close, int At)>();
        for (var k = 0; k < t.Length; k++)
        {
            if (t[k] != BidiClass.ON)
            {
                continue;
            }

            var c = text[index[k]];
            var pair = Array.FindIndex(BracketPairs, p => p.Open == c);
            if (pair >= 0)
            {
                if (stack.Count == 63)
                {
                    break;
                }

                stack.Add((BracketPairs[pair].Close, k));
                continue;
            }

            if (Array.FindIndex(BracketPairs, p => p.Close == c) < 0)
            {
                continue;
            }

            for (var s = stack.Count - 1; s >= 0; s--)
            {
                if (stack[s].Close == c)
                {
                    pairs.Add((stack[s].At, k));
                    stack.RemoveRange(s, stack.Count - s);
                    break;
                }
            }
        }

        pairs.Sort((a, b) => a.Open.CompareTo(b.Open));
        foreach (var (open, close) in pairs)
        {
            var embedding = false;
            var opposite = false;
            for (var k = open + 1; k < close; k++)
            {
                if (t[k] is BidiClass.L or BidiClass.R or BidiClass.EN or BidiClass.AN)
                {
                    var d = StrongDirection(t[k]);
                    embedding |= d == e;
                    opposite |= d != e;
                }
            }

            BidiClass resolved;
            if (embedding)
            {
                resolved = e;
            }
            else if (opposite)
            {
                var context = e;
                for (var k = open - 1; k >= 0; k--)
                {
                    if (t[k] is BidiClass.L or BidiClass.R or BidiClass.EN or BidiClass.AN)
                    {
                        context = StrongDirection(t[k]);
                        break;
                    }
                }

                resolved = context != e ? context : e;
            }
            else
            {
                continue;
            }

            t[open] = resolved;
            t[close] = resolved;

            // Marks after a bracket that were made ON by W1 follow the bracket.
            for (var k = close + 1; k < t.Length && original[index[k]] == BidiClass.NSM; k++)
            {
                t[k] = resolved;
            }

            for (var k = open + 1; k < close && original[index[k]] == BidiClass.NSM; k++)
            {
                t[k] = resolved;
            }
        }
    }
}
